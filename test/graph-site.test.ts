import { expect, it } from "vitest";
import { buildSite } from "./helpers/build-site.ts";

it("fails the build naming the page and property when the FAQ shown diverges or a reference dangles", async () => {
  const result = await buildSite("test/fixtures/graph-site/eleventy.config.ts");
  const page = "test/fixtures/graph-site/content/articles/diverging-faq.md";
  expect(result.code).toBe(1);
  expect(result.stderr).toContain(
    [
      "Haven found 3 problems in the built pages:",
      `  - ${page}: Review.itemReviewed: @id https://www.cedarhollow.example/#clinic is not a node of the page's graph`,
      `  - ${page}: FAQPage.mainEntity[0].acceptedAnswer.text: not in the page's visible HTML`,
      `  - ${page}: FAQPage.mainEntity[1].acceptedAnswer.text: not in the page's visible HTML`,
    ].join("\n"),
  );
  expect(result.stderr).not.toMatch(/^\s+at /m); // a message, not a stack trace
});
