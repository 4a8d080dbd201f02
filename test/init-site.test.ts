import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { builtPages } from "./helpers/build-site.ts";

const run = promisify(execFile);
const REPO_MODULES = path.resolve("node_modules");

let work: string;
let site: string;
let cli: string;

/**
 * Installs the site's dependencies without a registry: Haven from its unpacked tarball, everything else
 * linked from this repository's node_modules (the packages the tarball's pinned versions name).
 */
async function installOffline(siteDir: string, unpacked: string): Promise<void> {
  const modules = path.join(siteDir, "node_modules");
  await mkdir(path.join(modules, ".bin"), { recursive: true });
  for (const name of await readdir(REPO_MODULES)) {
    if (name.startsWith(".") || name === "eleventy-theme-haven") continue;
    await symlink(path.join(REPO_MODULES, name), path.join(modules, name));
  }
  await cp(unpacked, path.join(modules, "eleventy-theme-haven"), { recursive: true });
  const bins = { "eleventy-theme-haven": "../eleventy-theme-haven/dist/cli/bin.js", tsx: "../tsx/dist/cli.mjs" };
  for (const [name, target] of Object.entries(bins)) {
    await symlink(target, path.join(modules, ".bin", name));
    await chmod(path.join(modules, ".bin", target), 0o755);
  }
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "haven-init-"));
  const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", work], { maxBuffer: 1 << 24 });
  const tarball = path.join(work, JSON.parse(stdout.slice(stdout.indexOf("[")))[0].filename);
  await run("tar", ["xzf", tarball, "-C", work]);
  cli = path.join(work, "package", "dist", "cli", "bin.js");
  site = path.join(work, "my-clinic");
  // From the unpacked tarball alone: init needs no installed dependency.
  await run(process.execPath, [cli, "init", "my-clinic", "--theme", `file:${tarball}`], { cwd: work });
  await installOffline(site, path.join(work, "package"));
}, 300_000);

describe("eleventy-theme-haven init", () => {
  it("writes a small site: config, site, insurers and people data, one article, a package.json naming the tarball", async () => {
    for (const file of ["eleventy.config.ts", "content/_data/site.ts", "content/_data/insurers.ts", "content/_data/people.ts", "content/articles/preparing-for-your-first-visit.md", ".gitignore"]) {
      expect(existsSync(path.join(site, file)), file).toBe(true);
    }
    const manifest = JSON.parse(await readFile(path.join(site, "package.json"), "utf8"));
    expect(manifest.name).toBe("my-clinic");
    expect(manifest.dependencies["eleventy-theme-haven"]).toMatch(/^file:.*\.tgz$/);
    expect(Object.keys(manifest.scripts)).toEqual(["start", "build", "test", "review-report"]);
  });

  it("refuses a folder that is not empty, and leaves it as it was", async () => {
    const before = await readFile(path.join(site, "content/_data/site.ts"), "utf8");
    const failed = await run(process.execPath, [cli, "init", "my-clinic"], { cwd: work }).catch((error) => error);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("my-clinic is not empty");
    expect(await readFile(path.join(site, "content/_data/site.ts"), "utf8")).toBe(before);
  });

  it("gives a site whose npm run build writes the generated pages, and whose npm test passes the page checks", async () => {
    await run("npm", ["run", "build"], { cwd: site, maxBuffer: 1 << 24 });
    expect(await builtPages(path.join(site, "_site"))).toEqual(
      expect.arrayContaining(["/", "/articles/", "/articles/preparing-for-your-first-visit/", "/people/alex-example/", "/topics/getting-started/", "/thank-you/contact/"]),
    );
    expect(existsSync(path.join(site, "_site", "feed.xml"))).toBe(true);
    const { stdout } = await run("npm", ["test"], { cwd: site, maxBuffer: 1 << 24 });
    expect(stdout).toMatch(/All \d+ pages within budget/);
    expect(stdout).toMatch(/\d+\/\d+ URLs passed/);
    const report = await run("npm", ["run", "review-report", "--", "--today", "2027-06-01"], { cwd: site });
    expect(report.stdout).toContain('1 article is due for medical review (interval: 12 months):\n- content/articles/preparing-for-your-first-visit.md: "Preparing for Your First Visit"');
  }, 600_000);
});
