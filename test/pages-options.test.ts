import { existsSync } from "node:fs";
import { expect, it } from "vitest";
import { buildSite, pageFile, readPage } from "./helpers/build-site.ts";
import { PEOPLE, writeCatalogSite } from "./helpers/catalog-site.ts";

it("lets a site page with the same URL replace a generated page and an option switch one off; warns of due reviews", async () => {
  const own = "---\nlayout: page\ntitle: Our own topics page\npermalink: /topics/\n---\nWritten by the site.\n";
  const config = await writeCatalogSite({ count: 4, files: { "topics.md": own }, pluginOptions: { pages: { people: false, feed: false } } });
  const { code, stderr, output } = await buildSite(config);
  expect(code).toBe(0);
  // Article 0 was last reviewed in 2023: the build warns, once, and still builds.
  expect(stderr).toBe("Haven: 1 article is due for medical review (last reviewed 12 or more months ago); run npm run review-report for the list.\n");
  expect((await readPage(output, "/topics/")).querySelector("h1")?.text).toBe("Our own topics page");
  expect(existsSync(pageFile(output, "/topics/depression/"))).toBe(true);
  expect(existsSync(pageFile(output, "/people/amara-okafor/"))).toBe(false);
  expect(existsSync(pageFile(output, "/feed.xml"))).toBe(false);
  // Without profile pages, bylines name people without a link to a page that does not exist.
  const doc = await readPage(output, "/articles/article-1/");
  expect(doc.querySelector(".byline dd")?.text).toBe("Jun Takeda, MA, LMFT");
  expect(doc.querySelectorAll(".byline a, head link[rel=alternate]")).toHaveLength(0);
});

it("fails the build naming the file and field of a person id that matches no one", async () => {
  const config = await writeCatalogSite({ count: 3, people: PEOPLE.filter((p) => p.id !== "jun-takeda") });
  const { code, stderr } = await buildSite(config);
  expect(code).not.toBe(0);
  expect(stderr).toMatch(/article-1\.md: author\[0\]: Expected the id of a person in _data\/people, got "jun-takeda" \(known ids: amara-okafor, lena-novak\)/);
});

it("takes a reviewer named by id who has no credentials: a reviewer may have none (issue #19)", async () => {
  const people = PEOPLE.map((p) => (p.id === "amara-okafor" ? { ...p, credentials: undefined } : p));
  const { code, stderr } = await buildSite(await writeCatalogSite({ count: 1, people }));
  // Its one article was last reviewed in 2023: the only thing the build says is that its review is due.
  expect(stderr).toMatch(/^Haven: 1 article is due for medical review[^\n]*\n$/);
  expect(code).toBe(0);
});
