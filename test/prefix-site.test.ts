import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, readPage } from "./helpers/build-site.ts";
import { createLinkChecker } from "./helpers/link-check.ts";

// A site published at https://group.example/clinic/ (test/fixtures/prefix-site), built as Haven writes it
// and again with Eleventy's HtmlBasePlugin adding the prefix: both must give the same, working URLs.
const HOME = "https://group.example/clinic/";
const CONFIGS = { haven: "eleventy.config.ts", htmlBase: "htmlbase.config.ts" };
const outputs: Record<string, string> = {};

beforeAll(async () => {
  for (const [name, config] of Object.entries(CONFIGS)) {
    const result = await buildSite(`test/fixtures/prefix-site/${config}`);
    if (result.code !== 0) throw new Error(`${config} did not build:\n${result.stderr}`);
    outputs[name] = result.output;
  }
}, 120_000);

const isFormEndpoint = (pathname: string) => pathname.startsWith("/clinic/api/forms/");
const meta = (doc: Awaited<ReturnType<typeof readPage>>, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content");

describe.each(Object.keys(CONFIGS))("under pathPrefix /clinic/ (%s)", (name) => {
  const output = () => outputs[name];
  const checker = () => createLinkChecker(output(), HOME, isFormEndpoint);

  it("every href, src, srcset and action of every page leads to a file (and id) inside /clinic/", async () => {
    const { checked, broken } = await checker().checkSite();
    expect(checked).toBeGreaterThan(150);
    expect(broken).toEqual([]);
  });

  it("posts every form to the receiver under the prefix and loads the forms script from it", async () => {
    const doc = await readPage(output(), "/contact/");
    expect(doc.querySelector("form")!.getAttribute("action")).toBe("/clinic/api/forms/contact");
    expect(doc.querySelector("script[src]")!.getAttribute("src")).toMatch(/^\/clinic\/assets\/forms-\w+\.js$/);
  });

  it("gives percent-encoded canonical and Open Graph URLs under https://group.example/clinic/, each naming a built page", async () => {
    const { problemOf } = checker();
    for (const [page, url] of [
      ["/articles/ueber-detox/", `${HOME}articles/ueber-detox/`],
      ["/articles/q-and-a-detox/", `${HOME}articles/q-and-a-detox/`],
      ["/guides/Über uns/", `${HOME}guides/%C3%9Cber%20uns/`],
      ["/", HOME],
    ]) {
      const doc = await readPage(output(), page);
      expect(doc.querySelector('link[rel="canonical"]')!.getAttribute("href"), page).toBe(url);
      expect(meta(doc, "og:url"), page).toBe(url);
      expect(await problemOf(new URL(url)), page).toBeUndefined();
    }
  });

  it("lists only URLs under the prefix in the sitemap, each naming a built page, and points robots.txt to it", async () => {
    const xml = await readFile(path.join(output(), "sitemap.xml"), "utf8");
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toContain(`${HOME}guides/%C3%9Cber%20uns/`);
    for (const loc of locs) expect(await checker().problemOf(new URL(loc)), loc).toBeUndefined();
    expect(await readFile(path.join(output(), "robots.txt"), "utf8")).toContain(`Sitemap: ${HOME}sitemap.xml`);
  });

  it("gives every JSON-LD URL under the prefix, each naming a built page, and the FAQ answer's links absolute", async () => {
    const doc = await readPage(output(), "/articles/ueber-detox/");
    const graph = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.text);
    const strings: [key: string, value: string][] = [];
    JSON.stringify(graph, (key, value) => (typeof value === "string" && strings.push([key, value]), value));
    const answerLinks = strings.filter(([key]) => key === "text").flatMap(([, text]) => [...text.matchAll(/href="([^"]+)"/g)].map((m) => m[1]));
    expect(answerLinks).toEqual([`${HOME}verify-insurance/`, `${HOME}articles/q-and-a-detox/#what-happens-first`]);
    // An @id names a node, not an element of the page: its page must exist.
    const urls = strings.filter(([, value]) => value.startsWith("https://group.example")).map(([key, value]) => (key === "@id" ? value.split("#")[0] : value));
    expect(urls).toContain(HOME);
    for (const url of [...urls, ...answerLinks]) expect(await checker().problemOf(new URL(url)), url).toBeUndefined();
  });

  it("writes the phone extension in the link (RFC 3966), the display and the structured data alike", async () => {
    const doc = await readPage(output(), "/about/");
    const link = doc.querySelector('footer a[href^="tel:+1"]')!;
    expect(link.getAttribute("href")).toBe("tel:+17145550123;ext=45");
    expect(link.text).toContain("ext.\u00a045");
    expect(doc.querySelector('script[type="application/ld+json"]')!.text).toContain('"telephone":"+17145550123 ext. 45"');
    expect(meta(doc, "og:locale")).toBe("en_US");
  });
});
