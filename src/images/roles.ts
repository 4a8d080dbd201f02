/** Where an image sits in Haven's layouts; each place has its own widths and `sizes`. */
export type ImageRole = "content" | "portrait" | "logo";

/** Output widths (px) and the `sizes` attribute per role, from the layout's column (`src/styles/layout.css`: 46rem less 2rem padding). */
export const IMAGE_ROLES: Record<ImageRole, { widths: number[]; sizes: string }> = {
  /** Article heroes and body images: the text column, up to 44rem (704 px), up to 2x. */
  content: { widths: [360, 720, 1080, 1408], sizes: "(min-width: 46rem) 44rem, calc(100vw - 2rem)" },
  /** People photos, shown 6rem (96 px) square. */
  portrait: { widths: [96, 192, 288], sizes: "6rem" },
  /** Organization and insurer logos, at most 10rem (160 px) wide. */
  logo: { widths: [160, 320], sizes: "10rem" },
};

/** Encoder settings (sharp): small files for illustrations and photos alike. Part of eleventy-img's file hash. */
export const ENCODER_OPTIONS = {
  sharpAvifOptions: { quality: 50 },
  sharpWebpOptions: { quality: 70 },
  sharpJpegOptions: { quality: 72, mozjpeg: true },
  sharpPngOptions: { compressionLevel: 9, palette: true },
};

/** eleventy-img output formats for a source file: SVG is copied as it is; rasters get AVIF, WebP and a JPEG or PNG fallback. */
export function formatsFor(src: string): string[] {
  const ext = src.toLowerCase().split(".").pop();
  if (ext === "svg") return ["passthrough"];
  return ["avif", "webp", ext === "png" || ext === "gif" ? "png" : "jpeg"];
}
