import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { markdownImages } from "../../src/images/markdown-images.ts";
import { createImagePipeline } from "../../src/images/pipeline.ts";
import { createDataMarkdown, createMarkdown } from "../../src/markdown/markdown.ts";
import { fixtureImages } from "./fixture-images.ts";

let render: (body: string) => Promise<string>;
beforeAll(async () => {
  const { inputDir, cacheDir } = await fixtureImages();
  const images = createImagePipeline({ inputDir, cacheDir, outputFolder: "img", urlPath: "/img/" });
  const md = markdownImages(createMarkdown().md, images);
  const file = path.join(inputDir, "page.md");
  // The file Eleventy read: four lines of front matter, then the body markdown sees.
  render = async (body) => {
    await writeFile(file, `---\ntitle: T\nlayout: page\n---\n${body}`);
    return (md.render(body, { page: { inputPath: file } }) as unknown as Promise<string>);
  };
});

describe("body images", () => {
  it("render as <picture> through the pipeline, lazily, with the alt text written", async () => {
    const html = parse(await render("Intro.\n\n![Sunlit garden **path**](/img/photo.jpg)\n"));
    const img = html.querySelector("picture img")!;
    expect(img.attributes).toMatchObject({ alt: "Sunlit garden path", loading: "lazy", width: "1408", height: "792" });
    expect(html.querySelectorAll("picture source").map((s) => s.getAttribute("type"))).toEqual(["image/avif", "image/webp"]);
  });
  it('take ![""](…) as an explicit decorative image', async () => {
    expect(parse(await render('![""](/img/photo.jpg)')).querySelector("img")!.getAttribute("alt")).toBe("");
  });
  it("fail the build with file and line for each bad image", async () => {
    const body = ["## Title", "", "![](/img/photo.jpg)", "", "![A photo](/img/missing.jpg)", "", "![photo](/img/photo.jpg)", "", "![Map](https://maps.example/x.png)"].join("\n");
    const error = await render(body).catch((e: Error) => e);
    expect(String(error)).toMatch(/page\.md:7: body image \/img\/photo\.jpg: alt text is missing/);
    expect(String(error)).toMatch(/page\.md:9: body image \/img\/missing\.jpg: file not found/);
    expect(String(error)).toMatch(/page\.md:11: body image \/img\/photo\.jpg: alt text "photo" repeats the file name/);
    expect(String(error)).toMatch(/page\.md:13: body image https:\/\/maps\.example\/x\.png: .*no third-party requests/);
  });
  it("leave markdown-it's other rules as they were", async () => {
    expect(await render("## A heading\n\nText.")).toBe('<h2 id="a-heading">A heading</h2>\n<p>Text.</p>\n');
  });
});

describe("images in data markdown (FAQ answers, biographies)", () => {
  it("are refused, naming the image, since nothing could process them", () => {
    expect(() => createDataMarkdown().render("See ![a chart](/img/chart.png).")).toThrow(/not shown in FAQ answers.*\/img\/chart\.png/);
  });
});
