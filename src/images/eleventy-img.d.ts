// @11ty/eleventy-img 7 ships no TypeScript types; this is the part Haven uses.
declare module "@11ty/eleventy-img" {
  /** One output file. */
  export interface ImageEntry {
    format: string;
    width: number;
    height: number;
    url: string;
    srcset: string;
    sourceType?: string;
    outputPath: string;
    size: number;
  }
  /** Output files by format (`avif`, `webp`, `jpeg`, `png`, `svg`), each sorted by width. */
  export type ImageMetadata = Record<string, ImageEntry[]>;
  /** What `generateObject` returns: `{ img: attrs }` or `{ picture: { "@children": [{ source }, { img }] } }`. */
  export type ImageObject = Record<string, Record<string, unknown>>;
  export default function Image(src: string, options: Record<string, unknown>): Promise<ImageMetadata>;
  export function generateObject(metadata: ImageMetadata, imgAttributes: Record<string, unknown>): ImageObject;
}
