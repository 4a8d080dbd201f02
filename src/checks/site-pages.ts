import { readdir } from "node:fs/promises";
import path from "node:path";

/** Every HTML page of a built site, as site URLs (`/articles/x/`, `/404.html`), sorted. */
export async function builtPages(dir: string): Promise<string[]> {
  const files = await readdir(dir, { recursive: true });
  return files
    .filter((f) => f.endsWith(".html"))
    .map((f) => `/${f.split(path.sep).join("/")}`.replace(/index\.html$/, ""))
    .sort();
}
