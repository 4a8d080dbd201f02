/**
 * Table of contents enhancement, inlined right after the TOC so it runs before the first paint: opens the
 * TOC where it sits beside the article (desktop), and marks the section being read with `aria-current`.
 * Without it the TOC is a working `<details>`, one tap away.
 */
const script = document.currentScript!;
const details = script.previousElementSibling!.querySelector("details")!;
const desktop = matchMedia(script.dataset.media!);
const links = Array.from(details.querySelectorAll<HTMLAnchorElement>("a"));
// Looked up on first use: the script runs before the article's headings are parsed.
let targets: (HTMLElement | null)[] | undefined;

const open = () => {
  if (desktop.matches) details.open = true;
};
open();
desktop.addEventListener("change", open);

let current: HTMLAnchorElement | undefined;
let queued = false;
/** The last heading above the upper third of the viewport is the section being read. */
function mark(): void {
  queued = false;
  const line = innerHeight / 3;
  let index = -1;
  targets ??= links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
  targets.forEach((target, i) => {
    if (target && target.getBoundingClientRect().top <= line) index = i;
  });
  const link = links[index];
  if (link === current) return;
  current?.removeAttribute("aria-current");
  link?.setAttribute("aria-current", "true");
  current = link;
}
addEventListener("scroll", () => {
  if (!queued) requestAnimationFrame(mark);
  queued = true;
}, { passive: true });
addEventListener("DOMContentLoaded", mark);
