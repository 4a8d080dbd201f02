import { expect, it } from "vitest";
import { memoizeMarkdown } from "../../src/markdown/memo.ts";

/** A renderer that counts its calls. */
function counting() {
  const calls: string[] = [];
  const memo = memoizeMarkdown((text) => {
    calls.push(text);
    return `<p>${text}</p>`;
  });
  return { memo, calls };
}

it("hands back what the visible FAQ rendered, without rendering it again", () => {
  const { memo, calls } = counting();
  expect(memo.render("a")).toBe("<p>a</p>");
  expect(memo.take("a")).toBe("<p>a</p>");
  expect(calls).toEqual(["a"]);
});

it("renders what was not rendered before, or was already taken", () => {
  const { memo, calls } = counting();
  expect(memo.take("b")).toBe("<p>b</p>");
  memo.render("c");
  memo.take("c");
  expect(memo.take("c")).toBe("<p>c</p>");
  expect(calls).toEqual(["b", "c", "c"]);
});

it("keeps a bounded number of renders", () => {
  const { memo, calls } = counting();
  for (let i = 0; i <= 500; i++) memo.render(String(i));
  memo.take("0");
  expect(calls.filter((text) => text === "0")).toHaveLength(2);
});
