import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { type HTMLElement, parse } from "node-html-parser";
import { builtPages } from "../../src/checks/site-pages.ts";

/** A URL in a built page that does not lead to a file of the site (or an id on it). */
export interface BrokenLink {
  page: string;
  url: string;
  problem: string;
}

/** The elements and attributes that hold URLs a browser follows or loads. */
const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ["a[href]", "href"],
  ["link[href]", "href"],
  ["script[src]", "src"],
  ["img[src]", "src"],
  ["img[srcset]", "srcset"],
  ["source[srcset]", "srcset"],
  ["form[action]", "action"],
];

/**
 * A link checker over a built site published at `home` (e.g. `https://group.example/clinic/`): parses every
 * page, resolves each URL against the page's own URL, as a browser does, and finds the file it names.
 * URLs of other hosts and schemes (`tel:`, `https://www.who.int/`) are not followed; `dynamic` paths
 * (form endpoints) need no file.
 */
export function createLinkChecker(output: string, home: string, dynamic: (pathname: string) => boolean = () => false) {
  const base = new URL(home);
  const ids = new Map<string, Set<string>>();
  const idsOf = async (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set(parse(await readFile(file, "utf8")).querySelectorAll("[id]").map((el) => el.id)));
    return ids.get(file)!;
  };
  /** The problem with an absolute URL of this site, or undefined when it reaches a file (and its fragment's id). */
  async function problemOf(url: URL): Promise<string | undefined> {
    if (url.origin !== base.origin) return undefined;
    if (!url.pathname.startsWith(base.pathname)) return `outside ${base.pathname}`;
    if (dynamic(url.pathname)) return undefined;
    const file = fileOf(output, decodeURIComponent(url.pathname.slice(base.pathname.length)));
    if (!file) return "no such file";
    if (url.hash && file.endsWith(".html") && !(await idsOf(file)).has(decodeURIComponent(url.hash.slice(1)))) return `no id ${url.hash}`;
    return undefined;
  }
  return {
    /** The absolute URL a site page (`/articles/x/`, as `builtPages` lists it) is published at. */
    pageUrl: (page: string) => new URL(encodeURI(page.slice(1)), base),
    problemOf,
    /** Every broken URL of every page, and how many URLs were checked. */
    async checkSite(): Promise<{ checked: number; broken: BrokenLink[] }> {
      const broken: BrokenLink[] = [];
      let checked = 0;
      for (const page of await builtPages(output)) {
        const pageUrl = new URL(encodeURI(page.slice(1)), base);
        const doc = parse(await readFile(fileOf(output, page.slice(1))!, "utf8"));
        for (const value of urlsIn(doc)) {
          checked++;
          const problem = await problemOf(new URL(value, pageUrl));
          if (problem) broken.push({ page, url: value, problem });
        }
      }
      return { checked, broken };
    },
  };
}

function urlsIn(doc: HTMLElement): string[] {
  return URL_ATTRIBUTES.flatMap(([selector, attribute]) =>
    doc.querySelectorAll(selector).flatMap((el) => {
      const value = el.getAttribute(attribute) ?? "";
      return attribute === "srcset" ? value.split(",").map((candidate) => candidate.trim().split(/\s+/)[0]) : [value];
    }),
  );
}

/** The file a path inside the site folder is served from (a folder serves its `index.html`), or undefined. */
function fileOf(output: string, relative: string): string | undefined {
  const file = path.join(output, relative);
  if (!file.startsWith(path.resolve(output))) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) return existsSync(path.join(file, "index.html")) ? path.join(file, "index.html") : undefined;
  return existsSync(file) ? file : undefined;
}
