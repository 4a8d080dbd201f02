import { existsSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import { articleSchema } from "../data/article-schema.ts";
import { globalSchemas } from "../data/global-schemas.ts";
import { findDataFile, readDataFile } from "../data/data-file.ts";
import { HavenDataError, parseData } from "./parse-data.ts";

/** Where the site keeps what Haven checks. */
export interface SiteDirs {
  input: string;
  data: string;
  articles: string;
}


/**
 * Returns a checker that, before each build writes anything, checks the global data files and every
 * article's front matter and throws one error listing every problem; unchanged articles are not re-read.
 */
export function createSiteChecker(parseYaml: (source: string) => object): (dirs: SiteDirs) => Promise<void> {
  const seen = new Map<string, { mtimeMs: number; problems: string[] }>();
  const checkCached = async (file: string) => {
    const { mtimeMs } = await stat(file);
    const cached = seen.get(file);
    if (cached?.mtimeMs === mtimeMs) return cached.problems;
    const problems = await checkArticle(file, parseYaml);
    seen.set(file, { mtimeMs, problems });
    return problems;
  };
  return async (dirs) => {
    const problems = [...(await checkGlobalData(dirs.data)), ...(await checkArticles(dirs.articles, checkCached))];
    if (problems.length) throw new HavenDataError(problems);
  };
}

async function checkGlobalData(dataDir: string): Promise<string[]> {
  const problems: string[] = [];
  for (const [name, schema] of Object.entries(globalSchemas)) {
    const file = findDataFile(dataDir, name);
    if (!file) {
      // An optional file (forms) has a schema that accepts its absence.
      if (!schema.safeParse(undefined).success) problems.push(`${path.join(dataDir, name)}.ts: file missing (Haven needs the site's ${name} data)`);
      continue;
    }
    const checked = parseData(schema, await readDataFile(file), relative(file));
    if (!checked.ok) problems.push(...checked.problems);
  }
  return problems;
}

async function checkArticles(articlesDir: string, check: (file: string) => Promise<string[]>): Promise<string[]> {
  if (!existsSync(articlesDir)) return [];
  const files = (await readdir(articlesDir, { recursive: true })).filter((f) => f.endsWith(".md")).sort();
  const results = await Promise.all(files.map((f) => check(path.join(articlesDir, f))));
  return results.flat();
}

/** Checks one article's front matter, returning its problems (none when valid). */
async function checkArticle(file: string, parseYaml: (source: string) => object): Promise<string[]> {
  let frontMatter: unknown;
  try {
    // Passing options also turns off gray-matter's own cache, which would keep every file's text.
    frontMatter = matter(await readFile(file, "utf8"), { engines: { yaml: parseYaml } }).data;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return [`${relative(file)}: front matter is not valid YAML: ${reason}`];
  }
  const checked = parseData(articleSchema, frontMatter, relative(file));
  return checked.ok ? [] : checked.problems;
}

const relative = (file: string) => path.relative(process.cwd(), file) || file;
