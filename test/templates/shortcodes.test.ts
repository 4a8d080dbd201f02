import { describe, expect, it } from "vitest";
import { exampleData, renderPartial } from "../helpers/render.ts";

describe("insurer badges", () => {
  it("lists each insurer under a visible heading, linking to the verify page with it preselected", () => {
    // Logos go through the image pipeline (test/images-build.test.ts); these insurers have none.
    const html = renderPartial("insurer-badges.njk", { insurers: exampleData().insurers.filter((insurer) => !insurer.logo) });
    expect(html.querySelector("h2")?.text).toBe("In-network with");
    const links = html.querySelectorAll(".insurer-badges a");
    expect(links.map((a) => a.getAttribute("href"))).toContain("/verify-insurance/?insurer=bluecross-blueshield");
    expect(links.map((a) => a.text.replace(/\s+/g, " ").trim())).toContain("BlueCross BlueShield: check my coverage");
    expect(html.querySelectorAll("img")).toHaveLength(0); // text badges: no image request at all
  });
  it("renders nothing without insurers", () => {
    expect(renderPartial("insurer-badges.njk", { insurers: [] }).text.trim()).toBe("");
  });
  it("escapes names", () => {
    const html = renderPartial("insurer-badges.njk", { insurers: [{ name: "<b>A&B</b>", id: "a-b" }] });
    expect(html.querySelector(".badge-text")?.innerHTML).toBe("&lt;b&gt;A&amp;B&lt;/b&gt;");
  });
});

describe("calls to action", () => {
  it("takes copy from site data with the page's overrides on top", () => {
    const html = renderPartial("closing-cta.njk", { cta: { closing: { title: "Start ketamine therapy" } } });
    expect(html.querySelector("h2")?.text).toBe("Start ketamine therapy");
    expect(html.querySelector("p")?.text).toContain("Our admissions team");
    expect(html.querySelector("section")?.getAttribute("aria-labelledby")).toBe(html.querySelector("h2")?.id);
  });
  it("gives the call banner tel: and sms: links through the phone filter", () => {
    const hrefs = renderPartial("call-banner.njk").querySelectorAll("a").map((a) => `${a.getAttribute("href")} ${a.text}`);
    expect(hrefs).toEqual(["tel:+17145550123 Call\u00a0(714)\u00a0555\u20110123", "sms:+17145550147 Text\u00a0(714)\u00a0555\u20110147"]);
  });
  it("lists what is inside the book", () => {
    const html = renderPartial("book-offer.njk", { cta: { book: { inside: ["One", "Two"] } } });
    expect(html.querySelectorAll("ul li").map((li) => li.text)).toEqual(["One", "Two"]);
  });
  it("links the insurance call-out to the verify page", () => {
    const html = renderPartial("insurance-callout.njk");
    expect(html.querySelector("a")?.getAttribute("href")).toBe("/verify-insurance/");
  });
});

describe("crisis notice", () => {
  it("shows the configured message and 988 call and text links", () => {
    const html = renderPartial("crisis-notice.njk");
    expect(html.text).toContain("call or text 988");
    expect(html.querySelectorAll("a").map((a) => a.getAttribute("href"))).toEqual(["tel:988", "sms:988"]);
  });
});
