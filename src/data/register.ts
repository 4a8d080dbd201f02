import path from "node:path";
import { deepFreeze } from "./freeze.ts";
import { globalSchemas } from "./global-schemas.ts";
import { importDefault } from "./data-file.ts";
import type { UserConfig } from "../eleventy-types.ts";
import { parseOrThrow } from "../validate/parse-data.ts";

/**
 * Lets a site write `_data/*.ts`; files Haven knows (site, insurers) reach templates validated, defaults
 * filled, and frozen, so every page shares them rather than holding its own copy.
 */
export function registerDataFiles(eleventyConfig: UserConfig): void {
  eleventyConfig.addDataExtension("ts", {
    read: false,
    parser: async (file) => {
      const value = await importDefault(path.resolve(file));
      const schema = globalSchemas[path.basename(file, ".ts") as keyof typeof globalSchemas];
      return schema ? deepFreeze(parseOrThrow(schema, value, path.relative(process.cwd(), file))) : value;
    },
  });
}
