import { describe, expect, inject, it } from "vitest";
import { readPage } from "./helpers/build-site.ts";

const KETAMINE = "/articles/understanding-ketamine-therapy/";

describe("the end of an article", () => {
  it("has one closing block with its action and the call and text buttons, and no separate call banner", async () => {
    const doc = await readPage(inject("exampleSite"), KETAMINE);
    const closing = doc.querySelectorAll(".callout-closing");
    expect(closing).toHaveLength(1);
    expect(closing[0].querySelectorAll(".actions a").map((a) => a.getAttribute("href"))).toEqual(["/verify-insurance/", "tel:+17145550123", "sms:+17145550147"]);
    expect(doc.querySelector(".callout-call")).toBeNull();
  });
  it("offers the book only where the front matter opts in, with that article's copy", async () => {
    const output = inject("exampleSite");
    const ketamine = await readPage(output, KETAMINE);
    expect(ketamine.querySelector(".callout-book h2")?.text).toBe("Get our free guide to ketamine therapy");
    expect(ketamine.querySelectorAll(".callout-book li").map((li) => li.text)).toEqual(["Questions to ask before a first session", "What a course of treatment looks like"]);
    expect((await readPage(output, "/articles/what-to-expect-in-detox/")).querySelector(".callout-book")).not.toBeNull();
    expect((await readPage(output, "/articles/talking-to-family-about-treatment/")).querySelector(".callout-book")).toBeNull();
  });
});

describe("the article's first screen", () => {
  it("has the TOC collapsed in a details element, and one action bar with call, text and verify insurance", async () => {
    const doc = await readPage(inject("exampleSite"), KETAMINE);
    expect(doc.querySelector(".toc details")?.hasAttribute("open")).toBe(false);
    expect(doc.querySelectorAll(".action-bar a").map((a) => a.getAttribute("href"))).toEqual(["tel:+17145550123", "sms:+17145550147", "/verify-insurance/"]);
  });
});
