import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import haven from "../../src/index.ts";
import type { UserConfig } from "../../src/eleventy-types.ts";

/** A config that records each call by method name and otherwise does nothing. */
function recordingConfig(): { config: UserConfig; calls: Map<string, unknown[][]> } {
  const calls = new Map<string, unknown[][]>();
  const directories = { input: "content", includes: "_includes", layouts: "_layouts", data: "_data", output: "_site" };
  const config = new Proxy({ directories } as object, {
    get: (target, key) =>
      key in target ? target[key as keyof typeof target] : (...args: unknown[]) => void calls.set(String(key), [...(calls.get(String(key)) ?? []), args]),
  }) as UserConfig;
  return { config, calls };
}

/** The part of Eleventy's config class this test uses. */
interface EleventyConfig {
  plugins: unknown[];
  addPlugin(plugin: unknown, options?: object): void;
  hasPlugin(name: string): boolean;
}

describe("the plugin", () => {
  it("checks the Eleventy version against package.json's 11ty.compatibility", () => {
    const { config, calls } = recordingConfig();
    haven(config);
    const range = JSON.parse(readFileSync("package.json", "utf8"))["11ty"].compatibility;
    expect(range).toBe(">=3.0.0");
    expect(calls.get("versionCheck")).toEqual([[range]]);
  });
  it("is unique: adding it twice keeps one registration", async () => {
    // Eleventy's own config class (not in its package exports): what `addPlugin` really does with a plugin's options.
    const file = "../../node_modules/@11ty/eleventy/src/UserConfig.js";
    const { default: EleventyUserConfig } = (await import(/* @vite-ignore */ file)) as { default: new () => EleventyConfig };
    const config = new EleventyUserConfig();
    config.addPlugin(haven);
    config.addPlugin(haven, { articlesDir: "guides" });
    expect(config.plugins).toHaveLength(1);
    expect(config.hasPlugin("eleventy-theme-haven")).toBe(true);
  });
  it("registers each filter once, every name prefixed haven", () => {
    const { config, calls } = recordingConfig();
    haven(config);
    const names = (calls.get("addFilter") ?? []).map(([name]) => String(name));
    expect(names.filter((name) => !name.startsWith("haven"))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(["havenReadableDate", "havenPhone", "havenMarkdown", "havenOutline", "havenJsonLd"]));
  });
  it("refuses a table of contents whose minLevel is above its maxLevel, naming the option", () => {
    const { config } = recordingConfig();
    expect(() => haven(config, { toc: { minLevel: 4, maxLevel: 2 } })).toThrow(
      /Haven plugin options: toc\.minLevel: Expected minLevel at most maxLevel/,
    );
    expect(() => haven(recordingConfig().config, { toc: { minLevel: 3, maxLevel: 3 } })).not.toThrow();
  });
});
