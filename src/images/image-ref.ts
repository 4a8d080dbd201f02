import path from "node:path";

/** Why a remote image is refused, said the same way wherever one is found. */
export const REMOTE_IMAGE = "Expected a site path starting with / (remote images are refused: Haven makes no third-party requests)";

/** True when `src` names another host (`https://…`, `//cdn…`, `data:`…) rather than a file of the site. */
export function isRemote(src: string): boolean {
  return /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src);
}

/** Words of a file name without folder and extension (`/img/Hero_Photo-2.jpg` → `hero photo 2`). */
function fileWords(src: string): string {
  const base = path.posix.basename(src.split(/[?#]/)[0]);
  return base.replace(/\.[a-z0-9]+$/i, "").replace(/[-_.\s]+/g, " ").trim().toLowerCase();
}

/** The same text as `fileWords`, from alt text (`Hero photo 2` → `hero photo 2`). */
function altWords(alt: string): string {
  return alt.replace(/[-_.\s]+/g, " ").trim().toLowerCase();
}

/** What is wrong with where an image comes from, if anything: another host, or not a site path. */
export function srcProblem(src: string): string | undefined {
  if (isRemote(src)) return REMOTE_IMAGE;
  return src.startsWith("/") ? undefined : "Expected a site path starting with /, e.g. /img/photo.jpg";
}

/** What is wrong with an image's alt text, if anything: `undefined` is missing (`""` is decorative), and a file name is no description. */
export function altProblem(src: string, alt: string | undefined): string | undefined {
  if (alt === undefined) return 'alt text is missing (write alt: "" for a decorative image)';
  if (alt.trim() && altWords(alt) === fileWords(src)) return `alt text "${alt}" repeats the file name; describe what the image shows`;
  return undefined;
}

/** Every problem of an image reference an editor wrote, each as `<src>: <problem>`; `[]` when fine. */
export function imageRefProblems(src: string, alt: string | undefined): string[] {
  return [srcProblem(src), altProblem(src, alt)].filter((p) => p !== undefined).map((p) => `${src}: ${p}`);
}
