import { mkdir, readdir, writeFile } from "node:fs/promises";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { buildSite } from "./helpers/build-site.ts";

it("fails with every problem named by file and field, and leaves the previous output untouched", async () => {
  const output = path.join(await mkdtemp(path.join(tmpdir(), "haven-bad-")), "_site");
  await mkdir(output);
  await writeFile(path.join(output, "previous.html"), "previous build");

  const result = await buildSite("test/fixtures/bad-site/eleventy.config.ts", output);

  expect(result.code).toBe(1);
  const base = "test/fixtures/bad-site/content";
  expect(result.stderr).toContain("Haven found 6 problems in the site's data:");
  expect(result.stderr).toContain(`${base}/_data/site.ts: phones.call: Expected a phone number in E.164 form`);
  expect(result.stderr).toContain(`${base}/_data/insurers.ts: [1].name: Required: the insurer's name`);
  expect(result.stderr).toContain(`${base}/articles/broken-faq.md: faq[0].answer: Required (expected string)`);
  expect(result.stderr).toContain(`${base}/articles/broken-faq.md: descripton: Unknown field (did you mean "description"?)`);
  expect(result.stderr).toContain(`${base}/articles/bad-yaml.md: front matter is not valid YAML`);
  expect(result.stderr).not.toMatch(/^\s+at /m); // a message, not a stack trace
  expect(await readdir(output)).toEqual(["previous.html"]);
  expect(await readdir(path.dirname(output))).toEqual(["_site"]);
});
