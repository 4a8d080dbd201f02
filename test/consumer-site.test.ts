import { execFile } from "node:child_process";
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { builtPages, readPage } from "./helpers/build-site.ts";

const run = promisify(execFile);

/** What `npm pack --json` reports about the tarball. */
interface Packed {
  filename: string;
  size: number;
  entryCount: number;
  files: { path: string }[];
}

let packed: Packed;
let site: string;

beforeAll(async () => {
  const work = await mkdtemp(path.join(tmpdir(), "haven-consumer-"));
  const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", work], { maxBuffer: 1 << 24 });
  packed = JSON.parse(stdout.slice(stdout.indexOf("[")))[0];
  site = path.join(work, "site");
  await cp("test/consumer", site, { recursive: true });
  const npm = (...args: string[]) => run("npm", args, { cwd: site, maxBuffer: 1 << 24 });
  // No install scripts: they would compile better-sqlite3 from source (minutes on 2 cores), and a build never opens
  // the submissions database (the receiver loads it lazily); the receiver's own tests run against the real module.
  await npm("install", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", path.join(work, packed.filename));
  await npm("run", "build");
}, 300_000);

describe("the packed theme", () => {
  it("ships the compiled plugin, its types, templates, styles and the init starter, and nothing else", () => {
    const files = packed.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(["dist/index.js", "dist/index.d.ts", "layouts/article.njk", "includes/footer.njk", "src/styles/base.css", "package.json", "README.md"]));
    const unexpected = files.filter((f) => !/^(dist\/|layouts\/|includes\/|starter\/|src\/styles\/[^/]+\.css$|package\.json$|README\.md$|CHANGELOG\.md$|LICENSE)/.test(f));
    expect(unexpected).toEqual([]);
  });
});

describe("a site that installed the tarball", () => {
  it("builds its two guides and home page with its own command", async () => {
    expect(await builtPages(path.join(site, "_site"))).toEqual(expect.arrayContaining(["/", "/guides/first-visit/", "/guides/paying-for-care/"]));
  });
  it("uses its overridden footer and the theme's other partials", async () => {
    const page = await readPage(path.join(site, "_site"), "/guides/first-visit/");
    expect(page.querySelector("footer")?.hasAttribute("data-consumer-footer")).toBe(true);
    expect(page.querySelector(".site-header .site-name")?.text).toBe("Riverbend Behavioral Clinic");
    expect(page.querySelector(".article-body .callout-insurance")).not.toBeNull();
    expect(page.querySelectorAll(".insurer-badges li").map((li) => li.querySelector(".badge-text")?.text)).toEqual(["Pacific Example Health", "Example Mutual"]);
  });
  it("builds structured data from the site's own data", async () => {
    const page = await readPage(path.join(site, "_site"), "/guides/first-visit/");
    const graph = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.text)["@graph"];
    const org = graph.find((node: { "@id": string }) => node["@id"] === "https://www.riverbend-clinic.example/#organization");
    expect(org.name).toBe("Riverbend Behavioral Clinic");
  });
  it("inlines its own CSS after the theme's, with its brand colour", async () => {
    const style = (await readPage(path.join(site, "_site"), "/")).querySelector("style")!.text;
    expect(style).toContain("--brand:#7a2e0e");
    expect(style.indexOf(".site-name{letter-spacing:.02em}")).toBeGreaterThan(style.indexOf(".skip-link"));
  });
});
