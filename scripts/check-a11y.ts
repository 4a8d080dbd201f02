/**
 * Accessibility check: pa11y-ci with both runners (axe and htmlcs), WCAG 2 AA, over every built page
 * (everything in sitemap.xml plus the 404, form and thank-you pages), served on 127.0.0.1.
 * Usage: tsx scripts/check-a11y.ts [--dir _site]
 */
import { spawn } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { CHROME_ARGS, CHROME_PATH } from "./browser.ts";
import { startPreview } from "../src/receiver/preview.ts";
import { builtPages } from "./site-pages.ts";
import { scriptArgs } from "../src/receiver/command-line.ts";

const { values } = scriptArgs("Usage: npm run check:a11y -- [--dir _site]\n\npa11y-ci (axe and htmlcs, WCAG 2 AA) over every built page.", { dir: { type: "string", default: "_site" } });
const pages = await builtPages(values.dir);

const server = await startPreview(values.dir);
const config = {
  defaults: {
    runners: ["axe", "htmlcs"],
    standard: "WCAG2AA",
    timeout: 60_000,
    chromeLaunchConfig: { executablePath: CHROME_PATH, args: CHROME_ARGS },
  },
  urls: pages.map((page) => server.url + page),
};
const configFile = path.join(await mkdtemp(path.join(tmpdir(), "haven-pa11y-")), "pa11y.json");
await writeFile(configFile, JSON.stringify(config));

const child = spawn("npx", ["pa11y-ci", "--config", configFile], { stdio: "inherit" });
const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? 1)));
await server.close();
process.exitCode = code;
