import path from "node:path";
import type { UserConfig } from "../eleventy-types.ts";
import type { CheckedSite } from "../validate/check-site.ts";
import { HavenDataError } from "../validate/parse-data.ts";
import { dataImages } from "./data-images.ts";
import { createImagePipeline, type ImageLoad, type ImagePipeline } from "./pipeline.ts";
import type { ImageRole } from "./roles.ts";

/** The output folder (and URL path) of processed images. */
export const IMAGE_FOLDER = "img";

/** The pipeline plus the step that processes every image the site's data names, before pages render. */
export interface HavenImages {
  pipeline: ImagePipeline;
  /** Processes the data's images; throws one error naming file and field of each missing or unreadable one. */
  prepareData(site: CheckedSite): Promise<void>;
}

/**
 * Registers the `havenImage` filter (`{{ image | havenImage("content", { load: "priority" }) | safe }}`)
 * and the copy of processed files into the output after each build; `cacheDir` keeps them between builds,
 * and `link` adds the path prefix to their URLs.
 */
export function registerImages(eleventyConfig: UserConfig, cacheDir: string, link: (sitePath: string) => string): HavenImages {
  const pipeline = createImagePipeline({
    inputDir: eleventyConfig.directories.input,
    cacheDir: path.resolve(cacheDir),
    outputFolder: IMAGE_FOLDER,
    urlPath: `/${IMAGE_FOLDER}/`,
    link,
  });
  eleventyConfig.addFilter("havenImage", (image: { src: string; alt?: string } | undefined, role: ImageRole, options: { alt?: string; load?: ImageLoad } = {}) =>
    image ? pipeline.html({ src: image.src, alt: options.alt ?? image.alt ?? "", role, load: options.load }) : "",
  );
  eleventyConfig.on("eleventy.after", ({ directories }) => pipeline.publish(directories.output));
  return {
    pipeline,
    async prepareData(site) {
      const problems: string[] = [];
      await Promise.all(
        dataImages(site).map(async ({ src, role, where }) => {
          const problem = await pipeline.prepare(src, role);
          if (problem) problems.push(`${where}: ${problem}`);
        }),
      );
      if (problems.length) throw new HavenDataError(problems.sort(), "the site's images");
    },
  };
}
