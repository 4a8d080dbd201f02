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
  expect(result.stderr).toContain("Haven found 10 problems in the site's data:");
  expect(result.stderr).toContain(`${base}/articles/bad-image-refs.md: image.src: Expected a site path starting with / (remote images are refused: Haven makes no third-party requests)`);
  expect(result.stderr).toContain(`${base}/articles/bad-image-refs.md: image.alt: Required: alt text (write alt: "" for a decorative image)`);
  expect(result.stderr).toContain(`${base}/_data/site.ts: phones.call: Expected a phone number in E.164 form`);
  expect(result.stderr).toContain(`${base}/_data/insurers.ts: [1].name: Required: the insurer's name`);
  expect(result.stderr).toContain(`${base}/articles/broken-faq.md: faq[0].answer: Required (expected string)`);
  expect(result.stderr).toContain(`${base}/articles/broken-faq.md: descripton: Unknown field (did you mean "description"?)`);
  // The line in the file, not in the front matter: the stray indentation is on line 4.
  expect(result.stderr).toContain(`${base}/articles/bad-yaml.md:4: front matter is not valid YAML: bad indentation of a mapping entry`);
  // An impossible date in unquoted YAML is refused, not rolled over to March 2.
  expect(result.stderr).toContain(`${base}/articles/broken-faq.md: dateModified: "2026-02-30" is not a calendar date: February 2026 has 28 days`);
  // The site sets requireMedicalReview: an article naming no reviewer fails, naming file and field.
  expect(result.stderr).toContain(`${base}/articles/unreviewed.md: reviewedBy: Required (the site sets requireMedicalReview: true)`);
  expect(result.stderr).not.toMatch(/^\s+at /m); // a message, not a stack trace
  expect(await readdir(output)).toEqual(["previous.html"]);
  expect(await readdir(path.dirname(output))).toEqual(["_site"]);
});

it("fails naming file and field of every image that is missing, before writing anything", async () => {
  const result = await buildSite("test/fixtures/bad-images-site/eleventy.config.ts");
  expect(result.code).toBe(1);
  const base = "test/fixtures/bad-images-site/content";
  expect(result.stderr).toContain("Haven found 3 problems in the site's images:");
  expect(result.stderr).toContain(`${base}/_data/site.ts: organization.logo.src: /img/no-logo.svg: file not found (looked for ${base}/img/no-logo.svg)`);
  expect(result.stderr).toContain(`${base}/_data/insurers.ts: [0].logo.src: /img/insurers/gone.png: file not found`);
  expect(result.stderr).toContain(`${base}/articles/bad-image.md: image.src: /img/missing-hero.jpg: file not found`);
});

it("names the line in the file of a template error in a markdown body, front matter counted", async () => {
  const result = await buildSite("test/fixtures/template-error-site/eleventy.config.ts");
  expect(result.code).toBe(1);
  // `{% notAThing %}` is on line 14 of the file (line 8 of the body after the front matter).
  expect(result.stderr).toMatch(/unknown-tag\.md\)?[^\n]*\[Line 14, Column \d+\]/);
  expect(result.stderr).toContain("notAThing");
});
