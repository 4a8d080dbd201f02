import { readdir, rm } from "node:fs/promises";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { cssCacheKey, cssToolVersions, packageVersion } from "../../src/styles/cache-key.ts";
import { createStylesheet } from "../../src/styles/stylesheet.ts";

it("keys compiled CSS by the versions of postcss, postcss-preset-env, cssnano and the browserslist data they use", () => {
  const tools = cssToolVersions();
  for (const name of ["postcss", "postcss-preset-env", "cssnano", "browserslist", "caniuse-lite"]) expect(tools).toMatch(new RegExp(`\\b${name}@\\d+\\.\\d+`));
  expect(tools).toContain(`postcss-preset-env@${packageVersion("postcss-preset-env")}`);
  expect(cssCacheKey("a{}", tools)).not.toBe(cssCacheKey("a{}", tools.replace(/cssnano@[\d.]+/, "cssnano@0.0.0")));
  expect(cssCacheKey("a{}", tools)).toBe(cssCacheKey("a{}", tools));
});

it("writes the compiled CSS into the cache folder it is given", async () => {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), "haven-css-")), "cache");
  await createStylesheet([], dir).refresh();
  expect((await readdir(dir)).filter((f) => f.endsWith(".css"))).toHaveLength(1);
  await rm(path.dirname(dir), { recursive: true });
});
