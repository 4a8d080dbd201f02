import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { UserConfig } from "../eleventy-types.ts";

/** Which files are health articles: markdown files of the articles folder, or of a language folder's (`es/articles/`). */
export interface ArticleDirs {
  /** The folders, absolute: `<input>/articles` first, then `<input>/<language>/articles` of each language folder that has one. */
  dirs(): string[];
  /** Whether the file (any path) is a health article. */
  has(file: string): boolean;
}

/** The article folders of an input folder; a language folder is named by a language subtag of two or three letters. */
export function findArticleDirs(input: string, articlesDir: string): string[] {
  const root = path.resolve(input);
  const languages = existsSync(root) ? readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && /^[a-z]{2,3}$/.test(d.name)) : [];
  const others = languages.map((d) => path.join(root, d.name, articlesDir)).filter((dir) => existsSync(dir));
  return [path.join(root, articlesDir), ...others];
}

/** Finds the article folders again before each build, so a language folder added while serving counts. */
export function registerArticleDirs(eleventyConfig: UserConfig, articlesDir: string): ArticleDirs {
  let dirs = findArticleDirs(eleventyConfig.directories.input, articlesDir);
  eleventyConfig.on("eleventy.before", ({ directories }) => {
    dirs = findArticleDirs(directories.input, articlesDir);
  });
  const has = (file: string) => {
    const absolute = path.resolve(file);
    return absolute.endsWith(".md") && dirs.some((dir) => absolute.startsWith(dir + path.sep));
  };
  // An article whose folder has no data file giving a layout (a new language's, say) is still a whole page.
  eleventyConfig.addPreprocessor("haven-article-layout", "md", (data) => {
    const inputPath = (data.page as { inputPath?: unknown } | undefined)?.inputPath;
    if (data.layout === undefined && typeof inputPath === "string" && has(inputPath)) data.layout = ARTICLE_LAYOUT;
    return undefined; // the body is unchanged
  });
  return { dirs: () => dirs, has };
}

/** The layout an article takes when its front matter and folder data name none. */
export const ARTICLE_LAYOUT = "article";
