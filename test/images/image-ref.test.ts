import { describe, expect, it } from "vitest";
import { altProblem, imageRefProblems, isRemote, srcProblem } from "../../src/images/image-ref.ts";

describe("image references", () => {
  it("refuses other hosts in every spelling, and accepts site paths", () => {
    for (const src of ["https://cdn.example/a.png", "http://x/a.png", "//cdn.example/a.png", "data:image/png;base64,AAAA", "HTTPS://X/a.png"]) {
      expect(isRemote(src), src).toBe(true);
      expect(srcProblem(src), src).toMatch(/third-party requests/);
    }
    expect(srcProblem("/img/a.png")).toBeUndefined();
    expect(srcProblem("img/a.png")).toMatch(/starting with \//);
  });
  it("tells a missing alt from an explicit decorative one", () => {
    expect(altProblem("/img/a.png", undefined)).toMatch(/missing/);
    expect(altProblem("/img/a.png", "")).toBeUndefined();
  });
  it("refuses alt text that only repeats the file name, in any case or separator", () => {
    expect(altProblem("/img/Hero_Photo-2.jpg", "hero photo 2")).toMatch(/repeats the file name/);
    expect(altProblem("/img/hero-photo.jpg", "Hero-Photo.JPG".replace(".JPG", ""))).toMatch(/repeats/);
    expect(altProblem("/img/hero-photo.jpg", "A nurse greets a patient at the door")).toBeUndefined();
    expect(altProblem("/img/ketamine.jpg", "Ketamine vial")).toBeUndefined();
  });
  it("names the image in each problem", () => {
    expect(imageRefProblems("https://x.example/a.png", undefined)).toEqual([
      "https://x.example/a.png: Expected a site path starting with / (remote images are refused: Haven makes no third-party requests)",
      'https://x.example/a.png: alt text is missing (write alt: "" for a decorative image)',
    ]);
  });
});
