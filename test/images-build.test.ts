import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { builtPages, readPage } from "./helpers/build-site.ts";

const output = inject("exampleSite");
const SITE = "test/fixtures/theme-site/content";

describe("images on the built theme site", () => {
  it("gives the article hero AVIF, WebP and JPEG, fetched eagerly and first", async () => {
    const hero = (await readPage(output, "/articles/understanding-ketamine-therapy/")).querySelector(".article-hero picture")!;
    expect(hero.querySelectorAll("source").map((s) => s.getAttribute("type"))).toEqual(["image/avif", "image/webp"]);
    const img = hero.querySelector("img")!;
    expect(img.attributes).toMatchObject({ alt: "An armchair and a plant in a quiet room at sunrise", fetchpriority: "high" });
    expect(img.hasAttribute("loading")).toBe(false);
    expect(img.getAttribute("src")).toMatch(/^\/img\/[\w-]+-360\.jpeg$/);
  });
  it("renders a markdown body image through the pipeline, lazily, keeping its title", async () => {
    const img = (await readPage(output, "/articles/what-to-expect-in-detox/")).querySelector(".article-body picture img")!;
    expect(img.attributes).toMatchObject({ alt: "A nurse's portrait, drawn", loading: "lazy", decoding: "async" });
  });
  it("passes SVG logos through unchanged and gives PNG logos a PNG fallback", async () => {
    const badges = (await readPage(output, "/articles/understanding-ketamine-therapy/")).querySelectorAll(".insurer-badges img");
    const svg = badges.find((img) => img.getAttribute("alt") === "Harborline Health")!;
    expect(await readFile(path.join(output, svg.getAttribute("src")!), "utf8")).toBe(await readFile(`${SITE}/img/insurers/harborline-health.svg`, "utf8"));
    expect(badges.find((img) => img.getAttribute("alt") === "Sierra Mutual")!.getAttribute("src")).toMatch(/\.png$/);
  });
  it("on every page: at most one high-priority image, every other one lazy, each with its size, every file published", async () => {
    for (const url of await builtPages(output)) {
      const doc = await readPage(output, url);
      const imgs = doc.querySelectorAll("img");
      expect(imgs.filter((img) => img.getAttribute("fetchpriority") === "high").length, url).toBeLessThanOrEqual(1);
      for (const img of imgs) {
        if (img.getAttribute("fetchpriority") !== "high") expect(img.getAttribute("loading"), url).toBe("lazy");
        expect(img.getAttribute("width"), url).toMatch(/^\d+$/);
      }
      const files = doc.querySelectorAll("img, source").flatMap((el) => [el.getAttribute("src"), ...(el.getAttribute("srcset") ?? "").split(", ").map((c) => c.split(" ")[0])]);
      for (const file of files.filter(Boolean)) expect(existsSync(path.join(output, file!)), `${url}: ${file}`).toBe(true);
    }
  });
  it("points link previews and structured data at the published JPEG, not the source file", async () => {
    const doc = await readPage(output, "/articles/understanding-ketamine-therapy/");
    const og = doc.querySelector('meta[property="og:image"]')!.getAttribute("content")!;
    expect(og).toMatch(/\/img\/[\w-]+-1408\.jpeg$/);
    expect(existsSync(path.join(output, new URL(og).pathname))).toBe(true);
    expect(doc.querySelector('script[type="application/ld+json"]')!.text).toContain(new URL(og).pathname);
  });
});
