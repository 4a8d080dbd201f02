import { stat } from "node:fs/promises";
import { pathToFileURL } from "node:url";

/** Imports a JS/TS data module's default export, fresh whenever the file changed (watch mode). */
export async function importDefault(file: string): Promise<unknown> {
  const { mtimeMs } = await stat(file);
  const module = await import(`${pathToFileURL(file).href}?mtime=${mtimeMs}`);
  return module.default;
}
