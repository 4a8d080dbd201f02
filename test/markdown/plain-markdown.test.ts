import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { describe, expect, it } from "vitest";
import type { UserConfig } from "../../src/eleventy-types.ts";
import { isPlainMarkdown, registerPlainMarkdown } from "../../src/markdown/plain-markdown.ts";

describe("isPlainMarkdown", () => {
  it("finds Nunjucks and Liquid openings anywhere in the body", () => {
    for (const body of ["{{ title }}", "a {% callout %} b", "{#- note -#}", "x\n{{- y }}", "``` \n{% raw %}\n```"]) expect(isPlainMarkdown(body)).toBe(false);
  });
  it("takes braces that open no template syntax as plain text", () => {
    for (const body of ["", "Plain *text* — «ünïcödé» 日本語", "a { b } c", "JSON: {\"a\": 1}", "{ {", "%} }} #}"]) expect(isPlainMarkdown(body)).toBe(true);
  });
});

describe("registerPlainMarkdown", () => {
  const preprocessor = () => {
    let callback: ((data: Record<string, unknown>, body: string) => unknown) | undefined;
    registerPlainMarkdown({ addPreprocessor: (_name: string, ext: string, fn: typeof callback) => (expect(ext).toBe("md"), (callback = fn)) } as unknown as UserConfig);
    return callback!;
  };
  it("renders a body without template syntax as markdown only, and leaves the body as it is", () => {
    const data: Record<string, unknown> = {};
    expect(preprocessor()(data, "## Plain\n\nText.")).toBeUndefined();
    expect(data.templateEngineOverride).toBe("md");
  });
  it("keeps the template engine for template syntax and an author's own override", () => {
    const templated: Record<string, unknown> = {};
    preprocessor()(templated, "{% insuranceCallout %}");
    expect(templated.templateEngineOverride).toBeUndefined();
    const own: Record<string, unknown> = { templateEngineOverride: "njk,md" };
    preprocessor()(own, "Plain.");
    expect(own.templateEngineOverride).toBe("njk,md");
  });
});

describe("plain markdown in a build", () => {
  it("renders template syntax as before and plain files unchanged", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "haven-plain-"));
    await mkdir(path.join(dir, "in"));
    await writeFile(path.join(dir, "in", "templated.md"), "---\ntitle: Día 1\n---\n# {{ title }}\n");
    await writeFile(path.join(dir, "in", "plain.md"), "---\ntitle: Plain\n---\n# Plain { braces }\n");
    await writeFile(path.join(dir, "in", "own.md"), "---\ntemplateEngineOverride: njk\n---\n{{ 1 + 1 }} *no markdown*\n");
    const eleventy = new Eleventy(path.join(dir, "in"), path.join(dir, "out"), {
      quietMode: true,
      config: (config: UserConfig) => {
        registerPlainMarkdown(config);
        return { markdownTemplateEngine: "njk" };
      },
    });
    const pages = (await eleventy.toJSON()) as { inputPath: string; content: string }[];
    const byFile = Object.fromEntries(pages.map((p) => [path.basename(p.inputPath), p.content.trim()]));
    expect(byFile).toEqual({ "templated.md": "<h1>Día 1</h1>", "plain.md": "<h1>Plain { braces }</h1>", "own.md": "2 *no markdown*" });
  });
});
