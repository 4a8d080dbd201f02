import { describe, expect, it } from "vitest";
import { registerDataFiles } from "../../src/data/register.ts";
import { createDataStore } from "../../src/data/store.ts";
import type { UserConfig } from "../../src/eleventy-types.ts";

const SITE = "test/fixtures/theme-site/content/_data/site.ts";

/** The `.ts` data parser Haven gives Eleventy, with its own store. */
function dataParser(): (file: string) => Promise<unknown> {
  let parser: ((file: string) => Promise<unknown>) | undefined;
  const config = { addDataExtension: (_ext: string, options: { parser: typeof parser }) => void (parser = options.parser) };
  registerDataFiles(config as unknown as UserConfig, createDataStore());
  return parser!;
}

describe("site data as Eleventy loads it", () => {
  it("is frozen all the way down, as the README promises: no page can change it for another", async () => {
    const site = (await dataParser()(SITE)) as { organization: { address: { street: string } }; navigation: object[] };
    for (const part of [site, site.organization, site.organization.address, site.navigation, site.navigation[0]]) {
      expect(Object.isFrozen(part)).toBe(true);
    }
    expect(() => {
      site.organization.address.street = "Elsewhere";
    }).toThrow(TypeError);
  });
  it("is validated once: the check and Eleventy's loading get the same object from the store", async () => {
    const store = createDataStore();
    const first = await store.load(SITE);
    const second = await store.load(SITE);
    expect(first.ok && second.ok && first.data === second.data).toBe(true);
    expect(first.ok && store.validated(first.data)).toBe(true);
    expect(store.validated({ ...(first.ok ? (first.data as object) : {}) })).toBe(false);
  });
});
