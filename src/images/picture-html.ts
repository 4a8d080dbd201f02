import { generateObject, type ImageMetadata } from "@11ty/eleventy-img";
import escapeHtml from "escape-html";
import type { ImageLoad } from "./pipeline.ts";

/** Fetch attributes per load: lazy images wait for the viewport; the hero is fetched first. */
const LOAD_ATTRIBUTES: Record<ImageLoad, Record<string, string>> = {
  lazy: { loading: "lazy", decoding: "async" },
  eager: {},
  priority: { fetchpriority: "high" },
};

/**
 * `<picture>` with one `<source>` per modern format and an `<img>` fallback carrying alt, intrinsic
 * width and height, `sizes` and the load attributes (eleventy-img's `generateObject`); every value escaped.
 */
export function pictureHtml(metadata: ImageMetadata, alt: string, sizes: string, load: ImageLoad): string {
  const object = generateObject(metadata, { alt, sizes, ...LOAD_ATTRIBUTES[load] });
  if (object.img) return tag("img", object.img);
  const { "@children": children, ...attributes } = object.picture as { "@children": Record<string, Record<string, unknown>>[] };
  const inner = children.map((child) => Object.entries(child).map(([name, attrs]) => tag(name, attrs)).join("")).join("");
  return `${tag("picture", attributes)}${inner}</picture>`;
}

function tag(name: string, attributes: Record<string, unknown>): string {
  const attrs = Object.entries(attributes).map(([key, value]) => ` ${key}="${escapeHtml(String(value))}"`);
  return `<${name}${attrs.join("")}>`;
}
