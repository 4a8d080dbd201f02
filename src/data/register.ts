import type { UserConfig } from "../eleventy-types.ts";
import { HavenDataError } from "../validate/parse-data.ts";
import type { DataStore } from "./store.ts";

/**
 * Lets a site write `_data/*.ts`; files Haven knows (site, insurers, people, forms) reach templates validated,
 * defaults filled, and frozen, so every page shares them rather than holding its own copy. The values come
 * from the plugin's data store, which the pre-build check filled: each file is validated once.
 */
export function registerDataFiles(eleventyConfig: UserConfig, store: DataStore): void {
  eleventyConfig.addDataExtension("ts", {
    read: false,
    parser: async (file) => {
      const checked = await store.load(file);
      if (!checked.ok) throw new HavenDataError(checked.problems);
      return checked.data;
    },
  });
}
