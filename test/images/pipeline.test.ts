import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parse } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { createImagePipeline, type ImagePipelineOptions } from "../../src/images/pipeline.ts";
import { fixtureImages } from "./fixture-images.ts";

let options: ImagePipelineOptions;
let outputDir: string;
beforeAll(async () => {
  const dirs = await fixtureImages();
  options = { inputDir: dirs.inputDir, cacheDir: dirs.cacheDir, outputFolder: "img", urlPath: "/img/", link: (p) => `/prefix${p}` };
  outputDir = dirs.outputDir;
});

describe("image pipeline", () => {
  it("writes AVIF, WebP and JPEG at the role's widths into <picture>, with intrinsic size and lazy loading", async () => {
    const images = createImagePipeline(options);
    expect(await images.prepare("/img/photo.jpg", "content")).toBeUndefined();
    const picture = parse(images.html({ src: "/img/photo.jpg", alt: "A garden <path>", role: "content" })).querySelector("picture")!;
    const sources = picture.querySelectorAll("source");
    expect(sources.map((s) => s.getAttribute("type"))).toEqual(["image/avif", "image/webp"]);
    const candidates = sources[0].getAttribute("srcset")!.split(", ").map((c) => c.split(" "));
    expect(candidates.map(([, w]) => w)).toEqual(["360w", "720w", "1080w", "1408w"]);
    for (const [url, w] of candidates) expect(url).toMatch(new RegExp(`^/prefix/img/[\\w-]+-${w.slice(0, -1)}\\.avif$`));
    const img = picture.querySelector("img")!;
    expect(img.attributes).toMatchObject({ alt: "A garden <path>", width: "1408", height: "792", loading: "lazy", decoding: "async" });
    expect(img.getAttribute("src")).toMatch(/^\/prefix\/img\/.+-360\.jpeg$/);
    expect(img.getAttribute("sizes")).toBe("(min-width: 46rem) 44rem, calc(100vw - 2rem)");
  });
  it("fetches a priority image eagerly and first", async () => {
    const images = createImagePipeline(options);
    await images.prepare("/img/photo.jpg", "content");
    const img = parse(images.html({ src: "/img/photo.jpg", alt: "", role: "content", load: "priority" })).querySelector("img")!;
    expect(img.getAttribute("fetchpriority")).toBe("high");
    expect(img.hasAttribute("loading")).toBe(false);
  });
  it("keeps a PNG fallback for a PNG, and passes SVG through byte for byte", async () => {
    const images = createImagePipeline(options);
    await images.prepare("/img/logo.png", "logo");
    await images.prepare("/img/mark.svg", "logo");
    expect(images.html({ src: "/img/logo.png", alt: "Logo", role: "logo" })).toMatch(/<img[^>]+src="[^"]+-160\.png"/);
    const svg = parse(images.html({ src: "/img/mark.svg", alt: "Mark", role: "logo" })).querySelector("img")!;
    expect(svg.attributes).toMatchObject({ width: "120", height: "40", alt: "Mark" });
    await images.publish(outputDir);
    const published = await readFile(path.join(outputDir, "img", path.basename(svg.getAttribute("src")!)), "utf8");
    expect(published).toBe(await readFile(path.join(options.inputDir, "img", "mark.svg"), "utf8"));
  });
  it("reuses the cache folder: a second build re-encodes nothing", async () => {
    await createImagePipeline(options).prepare("/img/photo.jpg", "content");
    const before = await cacheTimes();
    const again = createImagePipeline(options);
    expect(await again.prepare("/img/photo.jpg", "content")).toBeUndefined();
    expect(await cacheTimes()).toEqual(before);
  });
  it("reports a missing file and an unreadable one, naming the source", async () => {
    const images = createImagePipeline(options);
    expect(await images.prepare("/img/nope.jpg", "content")).toMatch(/^\/img\/nope\.jpg: file not found \(looked for .*content\/img\/nope\.jpg\)$/);
    expect(() => images.html({ src: "/img/nope.jpg", alt: "", role: "content" })).toThrow(/not prepared/);
  });
});

/** Every cached file's modification time, by name. */
async function cacheTimes(): Promise<Record<string, number>> {
  const files = await readdir(options.cacheDir);
  return Object.fromEntries(await Promise.all(files.map(async (f) => [f, (await stat(path.join(options.cacheDir, f))).mtimeMs])));
}
