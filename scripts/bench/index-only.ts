/**
 * The build's index step alone: Pagefind over a site Haven already built, with the compiled plugin's
 * own indexing code, so the bench can time it apart from the build. Usage: tsx scripts/bench/index-only.ts <output dir>
 */
import path from "node:path";
import { ROOT } from "./sites.ts";

const { indexSite } = (await import(path.join(ROOT, "dist/search/index-site.js"))) as typeof import("../../src/search/index-site.ts");
await indexSite(process.argv[2] ?? "_site");
