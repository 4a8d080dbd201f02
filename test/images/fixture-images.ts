import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";

/** A fresh input folder holding `/img/photo.jpg` (1600 × 900), `/img/logo.png` (400 × 100) and `/img/mark.svg`, plus a cache folder. */
export async function fixtureImages(): Promise<{ inputDir: string; cacheDir: string; outputDir: string }> {
  const root = await mkdtemp(path.join(tmpdir(), "haven-img-"));
  const inputDir = path.join(root, "content");
  await mkdir(path.join(inputDir, "img"), { recursive: true });
  const drawing = '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="900" fill="#4a8"/><circle cx="800" cy="450" r="300" fill="#fc6"/></svg>';
  await sharp(Buffer.from(drawing)).jpeg().toFile(path.join(inputDir, "img", "photo.jpg"));
  await sharp({ create: { width: 400, height: 100, channels: 4, background: "#0000" } }).png().toFile(path.join(inputDir, "img", "logo.png"));
  await writeFile(path.join(inputDir, "img", "mark.svg"), '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40"/></svg>');
  return { inputDir, cacheDir: path.join(root, "cache"), outputDir: path.join(root, "_site") };
}
