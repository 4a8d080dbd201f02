import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { packageBin, runNode } from "./a11y.ts";

/**
 * html-validate's recommended rules, less two that Haven's output breaks on purpose (inlined CSS, template
 * indentation), and with HTML's own id rule: the theme's ids start with "_" so that no heading slug can take them.
 */
export const HTML_VALIDATE_CONFIG = {
  extends: ["html-validate:recommended"],
  rules: { "no-inline-style": "off", "no-trailing-whitespace": "off", "valid-id": ["error", { relaxed: true }] },
};

/** Validates every HTML page of the built site in `dir` with html-validate; resolves to its exit code (0: valid). */
export async function checkHtml(dir: string): Promise<number> {
  return validateHtml(`${dir}/**/*.html`);
}

/** Validates the HTML files matching `glob` with Haven's html-validate rules; resolves to its exit code (0: valid). */
export async function validateHtml(glob: string): Promise<number> {
  const config = path.join(await mkdtemp(path.join(tmpdir(), "haven-html-validate-")), "htmlvalidate.json");
  await writeFile(config, JSON.stringify(HTML_VALIDATE_CONFIG));
  return runNode(packageBin("html-validate"), ["--config", config, glob]);
}
