import type { ImageObject, QuantitativeValue } from "schema-dts";
import { absoluteUrl } from "../urls/site-urls.ts";

/** A published image file: its site path (e.g. `/img/Ab12-1408.jpeg`) and size in pixels. */
export interface SiteImage {
  src: string;
  width: number;
  height: number;
}

/** An ImageObject with an absolute URL and the image's size, for logos and article images. */
export function imageObject(siteUrl: string, image: SiteImage): ImageObject {
  return { "@type": "ImageObject", url: absoluteUrl(siteUrl, image.src), width: pixels(image.width), height: pixels(image.height) };
}

// schema.org sizes are a Distance text or a QuantitativeValue, not a bare number; E37 is UN/CEFACT's code for pixels.
function pixels(value: number): QuantitativeValue {
  return { "@type": "QuantitativeValue", value, unitCode: "E37" };
}
