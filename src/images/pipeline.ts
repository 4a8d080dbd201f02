import { existsSync } from "node:fs";
import { copyFile, mkdir, stat } from "node:fs/promises";
import path from "node:path";
import Image, { type ImageEntry, type ImageMetadata } from "@11ty/eleventy-img";
import { ENCODER_OPTIONS, formatsFor, IMAGE_ROLES, type ImageRole } from "./roles.ts";
import { pictureHtml } from "./picture-html.ts";
import { getOrMake } from "../filters/memoize.ts";
import { errorMessage } from "../validate/error-message.ts";

/** How an image is fetched: `lazy` (below the fold), `eager` (a small image at the top) or `priority` (the page's hero). */
export type ImageLoad = "lazy" | "eager" | "priority";

/** One image as a template places it. */
export interface ImageUse {
  /** Site path of the source file, e.g. `/img/hero.png`. */
  src: string;
  /** Text alternative; `""` for decoration. */
  alt: string;
  role: ImageRole;
  load?: ImageLoad;
}

/** Where the pipeline reads, caches and publishes. */
export interface ImagePipelineOptions {
  /** The site's input folder: `/img/a.png` is read from `<inputDir>/img/a.png`. */
  inputDir: string;
  /** Processed files, kept between builds so a rebuild re-encodes nothing, e.g. `.cache/haven-img`. */
  cacheDir: string;
  /** Folder of the output that receives the processed files, e.g. `img`. */
  outputFolder: string;
  /** Site path of that folder, e.g. `/img/`. */
  urlPath: string;
  /** Turns a site path into the href pages write (Eleventy's path prefix), e.g. the `havenUrl` filter. */
  link?: (sitePath: string) => string;
}

/** eleventy-img run once per image and role, and the markup of every use. */
export interface ImagePipeline {
  /** Processes a source image for a role, or reuses the cached result; resolves to a problem message, else `undefined`. */
  prepare(src: string, role: ImageRole): Promise<string | undefined>;
  /** `<picture>` (or `<img>` for SVG) for a prepared image; throws when `src` was not prepared. */
  html(use: ImageUse): string;
  /** The largest fallback file (JPEG, PNG or SVG) of a prepared image, for link previews and structured data. */
  largest(src: string, role: ImageRole): { src: string; width: number; height: number };
  /** Copies every processed file a page used into the output folder. */
  publish(outputDir: string): Promise<void>;
}

/** Creates a pipeline; its results live as long as the plugin instance (one `npm start` session). */
export function createImagePipeline(options: ImagePipelineOptions): ImagePipeline {
  const prepared = new Map<string, { mtimeMs: number; metadata: Promise<ImageMetadata> }>();
  const done = new Map<string, ImageMetadata>();
  const used = new Set<string>();
  // Every use of an image with the same alt and loading is the same markup: made once, not once per page.
  const markup = new WeakMap<ImageMetadata, Map<string, string>>();
  const metadataOf = (src: string, role: ImageRole) => done.get(`${role} ${src}`);

  async function encode(src: string, role: ImageRole, file: string, mtimeMs: number): Promise<ImageMetadata> {
    const metadata = await Image(file, {
      widths: IMAGE_ROLES[role].widths,
      formats: formatsFor(src),
      outputDir: options.cacheDir,
      urlPath: options.urlPath,
      ...ENCODER_OPTIONS,
      // eleventy-img's in-memory cache knows a file by its size: an edit of the same size must not be missed.
      havenSourceMtime: mtimeMs,
    });
    for (const entry of Object.values(metadata).flat()) used.add(entry.outputPath);
    done.set(`${role} ${src}`, metadata);
    return metadata;
  }

  return {
    async prepare(src, role) {
      const file = path.join(options.inputDir, decodeURI(src));
      if (!existsSync(file)) return `${src}: file not found (looked for ${path.relative(process.cwd(), file)})`;
      const { mtimeMs } = await stat(file);
      const key = `${role} ${src}`;
      let entry = prepared.get(key);
      if (entry?.mtimeMs !== mtimeMs) {
        entry = { mtimeMs, metadata: encode(src, role, file, mtimeMs) };
        prepared.set(key, entry);
      }
      try {
        await entry.metadata;
        return undefined;
      } catch (error) {
        prepared.delete(key);
        return `${src}: not an image Haven can read (${errorMessage(error)})`;
      }
    },
    html(use) {
      const metadata = metadataOf(use.src, use.role);
      if (!metadata) throw new Error(`Haven: the image ${use.src} was not prepared before it was rendered`);
      const uses = getOrMake(markup, metadata, () => new Map<string, string>());
      const load = use.load ?? "lazy";
      return getOrMake(uses, `${load} ${use.alt}`, () => pictureHtml(linked(metadata, options.link ?? ((p) => p)), use.alt, IMAGE_ROLES[use.role].sizes, load));
    },
    largest(src, role) {
      const metadata = metadataOf(src, role);
      if (!metadata) throw new Error(`Haven: the image ${src} was not prepared`);
      const fallback = fallbackEntries(metadata);
      const { url, width, height } = fallback[fallback.length - 1];
      return { src: url, width, height };
    },
    async publish(outputDir) {
      const target = path.join(outputDir, options.outputFolder);
      await mkdir(target, { recursive: true });
      await Promise.all([...used].map((file) => copyFile(file, path.join(target, path.basename(file)))));
    },
  };
}

/** The metadata with every URL as pages link it (the path prefix added). */
function linked(metadata: ImageMetadata, link: (sitePath: string) => string): ImageMetadata {
  const entry = (e: ImageEntry) => ({ ...e, url: link(e.url), srcset: `${link(e.url)} ${e.width}w` });
  return Object.fromEntries(Object.entries(metadata).map(([format, entries]) => [format, entries.map(entry)]));
}

/** The files an old browser gets: the JPEG, PNG or SVG set. */
function fallbackEntries(metadata: ImageMetadata): ImageEntry[] {
  return metadata.jpeg ?? metadata.png ?? metadata.svg ?? Object.values(metadata)[0];
}
