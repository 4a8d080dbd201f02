/**
 * Serves the built site on 127.0.0.1 with Haven's form receiver, as a real host with a form backend
 * would: posts are checked and stored in the SQLite file. Build first (`npm run build`).
 * Usage: tsx scripts/preview.ts [--dir _site] [--port 8080] [--data content/_data] [--includes content/_includes] [--db .data/submissions.sqlite]
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadFormsContext } from "../src/forms/load.ts";
import { createReceiver } from "../src/receiver/handler.ts";
import { THEME_INCLUDES } from "../src/receiver/middleware.ts";
import { startPreview } from "../src/receiver/preview.ts";
import { DEFAULT_DB, openStore } from "../src/receiver/store.ts";

const { values } = parseArgs({
  options: {
    dir: { type: "string", default: "_site" },
    port: { type: "string", default: "8080" },
    data: { type: "string", default: "content/_data" },
    includes: { type: "string", default: "content/_includes" },
    db: { type: "string", default: DEFAULT_DB },
  },
});

if (!existsSync(path.join(values.dir, "index.html"))) {
  console.error(`${values.dir}/ has no built site: run npm run build first.`);
  process.exit(1);
}
const store = openStore(values.db);
const receiver = createReceiver({
  load: () => loadFormsContext(values.data),
  store,
  siteDir: values.dir,
  templates: [values.includes, THEME_INCLUDES].map((p) => path.resolve(p)),
  log: (line) => console.log(line),
});
const preview = await startPreview(values.dir, receiver, Number(values.port));
console.log(`Previewing ${values.dir}/ on ${preview.url} (submissions go to ${values.db}); Ctrl+C stops.`);
process.on("SIGINT", async () => {
  await preview.close();
  store.close();
  process.exit(0);
});
