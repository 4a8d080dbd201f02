import { existsSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import { type Article, articleSchema } from "../data/article-schema.ts";
import { globalSchemas } from "../data/global-schemas.ts";
import { findDataFile } from "../data/data-file.ts";
import type { PersonEntry } from "../data/people-schema.ts";
import { creditProblems } from "../people/credits.ts";
import { type Checked, HavenDataError, parseData } from "./parse-data.ts";

/** Where the site keeps what Haven checks. */
export interface SiteDirs {
  input: string;
  data: string;
  /** The article folders (`articles`, `es/articles`). */
  articles: string[];
}

/** An article as checked: its front matter as parsed (the object Eleventy gets) and as validated. */
export interface CheckedArticle {
  frontMatter: Record<string, unknown>;
  article: Article;
}

/** What a passing check validated: global data by name (with its file) and every article. */
export interface CheckedSite {
  data: Record<string, { file: string; value: unknown }>;
  articles: (CheckedArticle & { file: string })[];
}

/** Checks a site before each build, and keeps what it validated so pages need not validate again. */
export interface SiteChecker {
  /** Checks the global data files and every article's front matter; throws one error listing every problem. */
  check(dirs: SiteDirs): Promise<CheckedSite>;
  /** The last check of the article at `file` (an absolute path), when it was valid. */
  checked(file: string): CheckedArticle | undefined;
  /** The global data files of the last check, validated, by name (`site`, `insurers`, `people`, `forms`). */
  globals(): Record<string, unknown>;
}

/** What the site asks of its articles beyond their schema. */
export interface ArticleRules {
  /** Every article names its reviewer and review date (the `requireMedicalReview` option). */
  requireMedicalReview: boolean;
}

/**
 * Creates the site checker; unchanged articles are not re-read between builds. Global data comes from
 * `loadData` (the plugin's data store), which Eleventy's data loading reads too: each file is validated once.
 */
export function createSiteChecker(
  parseYaml: (source: string) => object,
  loadData: (file: string) => Promise<Checked<unknown>>,
  rules: ArticleRules = { requireMedicalReview: false },
): SiteChecker {
  const seen = new Map<string, { mtimeMs: number; result: ArticleCheck }>();
  let globals: Record<string, unknown> = {};
  const checkCached = async (file: string) => {
    const { mtimeMs } = await stat(file);
    const cached = seen.get(file);
    if (cached?.mtimeMs === mtimeMs) return cached.result.problems;
    const result = await checkArticle(file, parseYaml, rules);
    seen.set(file, { mtimeMs, result });
    return result.problems;
  };
  return {
    async check(dirs) {
      const data: CheckedSite["data"] = {};
      const files = (await Promise.all(dirs.articles.map(articleFiles))).flat();
      const problems = [...(await checkGlobalData(dirs.data, data, loadData)), ...(await Promise.all(files.map(checkCached))).flat()];
      globals = Object.fromEntries(Object.entries(data).map(([name, { value }]) => [name, value]));
      // Person ids are checked on every build: the team may change while the articles do not.
      const people = (globals.people ?? []) as PersonEntry[];
      for (const file of files) {
        const valid = seen.get(file)?.result.valid;
        if (valid) problems.push(...creditProblems(valid.article, people, relative(file)));
      }
      if (problems.length) throw new HavenDataError(problems);
      return { data, articles: files.map((file) => ({ file: relative(file), ...seen.get(file)!.result.valid! })) };
    },
    checked: (file) => seen.get(file)?.result.valid,
    globals: () => globals,
  };
}

async function checkGlobalData(dataDir: string, valid: CheckedSite["data"], loadData: (file: string) => Promise<Checked<unknown>>): Promise<string[]> {
  const problems: string[] = [];
  for (const [name, schema] of Object.entries(globalSchemas)) {
    const file = findDataFile(dataDir, name);
    if (!file) {
      // An optional file (forms) has a schema that accepts its absence.
      if (!schema.safeParse(undefined).success) problems.push(`${path.join(dataDir, name)}.ts: file missing (Haven needs the site's ${name} data)`);
      continue;
    }
    const checked = await loadData(file);
    if (checked.ok) valid[name] = { file: relative(file), value: checked.data };
    else problems.push(...checked.problems);
  }
  return problems;
}

/** The articles folder's markdown files, as absolute paths, sorted. */
async function articleFiles(articlesDir: string): Promise<string[]> {
  if (!existsSync(articlesDir)) return [];
  const files = (await readdir(articlesDir, { recursive: true })).filter((f) => f.endsWith(".md")).sort();
  return files.map((f) => path.resolve(articlesDir, f));
}

interface ArticleCheck {
  problems: string[];
  valid?: CheckedArticle;
}

/** Checks one article's front matter: its problems (none when valid) and, when valid, what was validated. */
async function checkArticle(file: string, parseYaml: (source: string) => object, rules: ArticleRules): Promise<ArticleCheck> {
  let frontMatter: Record<string, unknown>;
  try {
    // Passing options also turns off gray-matter's own cache, which would keep every file's text.
    frontMatter = matter(await readFile(file, "utf8"), { engines: { yaml: parseYaml } }).data;
  } catch (error) {
    return { problems: [yamlProblem(relative(file), error)] };
  }
  const checked = parseData(articleSchema, frontMatter, relative(file));
  if (!checked.ok) return { problems: checked.problems };
  const missing = rules.requireMedicalReview ? (["reviewedBy", "lastReviewed"] as const).filter((key) => !checked.data[key]) : [];
  if (missing.length) return { problems: missing.map((key) => `${relative(file)}: ${key}: Required (the site sets requireMedicalReview: true)`) };
  return { problems: [], valid: { frontMatter, article: checked.data } };
}

/**
 * A YAML error as `file:line: …`, the line counted in the file: gray-matter hands js-yaml the text from
 * the end of the opening `---` line, and js-yaml counts its lines from 0, so line 0 is the file's line 1.
 */
function yamlProblem(file: string, error: unknown): string {
  const { reason, mark, message } = error as { reason?: string; mark?: { line: number }; message?: string };
  const at = mark ? `:${mark.line + 1}` : "";
  return `${file}${at}: front matter is not valid YAML: ${reason ?? String(message ?? error).split("\n")[0]}`;
}

const relative = (file: string) => path.relative(process.cwd(), file) || file;
