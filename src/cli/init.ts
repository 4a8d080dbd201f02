import { existsSync } from "node:fs";
import { cp, mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CommandError, parseCommand } from "../receiver/command-line.ts";

/** The starter site shipped with the package (`starter/`), from `src/cli/` or `dist/cli/`. */
const STARTER = fileURLToPath(new URL("../../starter/", import.meta.url));
const PACKAGE_JSON = fileURLToPath(new URL("../../package.json", import.meta.url));

/** `init --help`. */
export const INIT_HELP = `Usage: eleventy-theme-haven init <folder> [--theme <npm spec>]

Writes a small working Haven site into <folder> (which must be new or empty): eleventy.config.ts,
content/_data/site.ts, insurers.ts, people.ts, one sample article and a package.json whose
npm start, npm run build, npm test and npm run review-report work after npm install.

Options:
  --theme <spec>  how the site's package.json names Haven, e.g. file:../eleventy-theme-haven-0.1.0.tgz
                  (default: ^<this version>, from the npm registry)`;

/**
 * The site's package.json: its scripts run Eleventy through tsx (TypeScript config and data) and Haven's page
 * checks, whose tools (html-validate, pa11y-ci) the site installs itself, at the versions Haven is tested with.
 */
export function sitePackageJson(name: string, theme: string, versions: Record<string, string>): string {
  const manifest = {
    name: name.toLowerCase().replace(/[^a-z0-9-._~]+/g, "-").replace(/^[-._]+/, "") || "haven-site",
    private: true,
    type: "module",
    scripts: {
      start: "tsx node_modules/@11ty/eleventy/cmd.cjs --config=eleventy.config.ts --serve",
      build: "tsx node_modules/@11ty/eleventy/cmd.cjs --config=eleventy.config.ts",
      test: "npm run build && eleventy-theme-haven check --dir _site",
      "review-report": "eleventy-theme-haven review-report",
    },
    dependencies: { "@11ty/eleventy": versions["@11ty/eleventy"], "eleventy-theme-haven": theme, tsx: versions.tsx },
    devDependencies: { "html-validate": versions["html-validate"], "pa11y-ci": versions["pa11y-ci"] },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Runs `init <folder>`: refuses a folder that exists and is not empty, so nothing of the owner's is overwritten. */
export async function initCommand(argv: string[]): Promise<void> {
  const [folder, ...rest] = argv;
  if (!folder || folder.startsWith("-")) {
    // Options first: `--help` and an unknown option answer as in every command, before the missing folder.
    if (!parseCommand(argv, { theme: { type: "string" } })) return console.log(INIT_HELP);
    throw new CommandError("Name the folder to create, e.g. eleventy-theme-haven init my-clinic", 2);
  }
  const options = parseCommand(rest, { theme: { type: "string" } });
  if (!options) return console.log(INIT_HELP);
  const target = path.resolve(folder);
  if (existsSync(target) && (await readdir(target)).length > 0) throw new CommandError(`${folder} is not empty; choose a new folder so nothing in it is overwritten.`);
  const own = JSON.parse(await readFile(PACKAGE_JSON, "utf8")) as { version: string; devDependencies: Record<string, string> };
  await mkdir(target, { recursive: true });
  await cp(STARTER, target, { recursive: true });
  // npm leaves any .gitignore out of a package, so the starter ships it without the dot.
  await rename(path.join(target, "gitignore"), path.join(target, ".gitignore"));
  await writeFile(path.join(target, "package.json"), sitePackageJson(path.basename(target), options.theme ?? `^${own.version}`, own.devDependencies));
  console.log(`Created a Haven site in ${folder}. Next:\n  cd ${folder}\n  npm install\n  npm start`);
}
