import { readFile } from "node:fs/promises";
import path from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import { BUNDLE_BUDGET, buildBundle, describeBundle } from "../../src/forms/bundle.ts";
import { builtPages, readPage } from "../helpers/build-site.ts";

const output = inject("exampleSite");

describe("the forms bundle", () => {
  it("is a minified ES module with a content-hashed name, within the brotli budget, without zod", async () => {
    const bundle = await buildBundle();
    expect(bundle.src).toMatch(/^\/assets\/forms-[A-Z0-9]{8}\.js$/);
    expect(bundle.sizes.brotli).toBeLessThanOrEqual(BUNDLE_BUDGET);
    const code = Buffer.from(bundle.code).toString("utf8");
    expect(code.split("\n").length).toBeLessThanOrEqual(2);
    expect(code).not.toMatch(/zod|ZodError/);
    expect(code).not.toMatch(/localStorage|sessionStorage/);
    expect(describeBundle(bundle)).toMatch(/^Haven forms bundle \/assets\/forms-\w+\.js: \d+ B raw, \d+ B gzip, \d+ B brotli \(budget 3000 B\)$/);
  });
  it("is written by the build, the same bytes the sizes describe", async () => {
    const bundle = await buildBundle();
    const written = await readFile(path.join(output, bundle.src));
    expect(brotliCompressSync(written, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length).toBe(bundle.sizes.brotli);
  });
  it("is loaded as a module after each form, and by no page without one", async () => {
    const withScript: string[] = [];
    for (const url of await builtPages(output)) {
      const doc = await readPage(output, url);
      const scripts = doc.querySelectorAll('script[src*="/forms-"]');
      const forms = doc.querySelectorAll("form[data-haven-form]");
      expect(scripts.length, url).toBe(forms.length);
      if (!forms.length) continue;
      expect(scripts[0].previousElementSibling, url).toBe(forms[0]);
      withScript.push(url);
      expect(scripts[0].getAttribute("type"), url).toBe("module");
      expect(scripts[0].getAttribute("src"), url).toMatch(/^\/assets\/forms-\w+\.js$/);
    }
    expect(withScript).toEqual(expect.arrayContaining(["/contact/", "/verify-insurance/", "/articles/understanding-ketamine-therapy/"]));
    expect(withScript).not.toContain("/about/");
  });
});
