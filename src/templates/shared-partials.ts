import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { UserConfig } from "../eleventy-types.ts";
import { getOrMake } from "../filters/memoize.ts";
import { IDS } from "./ids.ts";
import type { SiteTemplates } from "./register.ts";

/** Most rendered partials one build keeps; past it the cache starts over, so memory stays bounded on any site. */
const LIMIT = 1_000;

/**
 * A cache key for a partial rendered from `context`: the partial's name and, for each of the context's values,
 * its identity (objects, numbered by `idOf`) or its JSON (strings, numbers, undefined). Equal keys, equal output.
 */
export function partialKey(name: string, context: Record<string, unknown>, idOf: (value: object) => number): string {
  const parts = Object.keys(context)
    .sort()
    .map((key) => {
      const value = context[key];
      return `${key}=${typeof value === "object" && value !== null ? `#${idOf(value)}` : JSON.stringify(value)}`;
    });
  return [name, ...parts].join("\u0000");
}

// A partial's own partials: `{% include "x.njk" %}`, `{% from "x.njk" import y %}`, `{% import "x.njk" as y %}`.
const USES = /\{%-?\s*(?:include|from|import)\s+"([^"]+)"/g;

/** The names of the partials a Nunjucks source includes or imports, e.g. `["crisis-notice.njk", "phone-link.njk"]`. */
export function partialsUsed(source: string): string[] {
  return [...source.matchAll(USES)].map((match) => match[1]);
}

/**
 * Whether a site overrides a theme partial: it has its own file of that name (`siteHas`), or of any partial the
 * theme's source of it (`themeSource`, undefined when the theme has none) uses, at any depth. Answers are kept.
 */
export function overrideCheck(siteHas: (name: string) => boolean, themeSource: (name: string) => string | undefined): (name: string) => boolean {
  const answers = new Map<string, boolean>();
  const check = (name: string): boolean => {
    let own = answers.get(name);
    if (own === undefined) {
      answers.set(name, false); // a partial that includes itself ends here
      const source = themeSource(name);
      own = siteHas(name) || (source !== undefined && partialsUsed(source).some(check));
      answers.set(name, own);
    }
    return own;
  };
  return check;
}

/**
 * Wires `havenShared`: `{{ "footer.njk" | havenShared({ site: site }) | safe }}` renders the theme's partial with only
 * the values given, once per build for each set of values (a footer once per language), instead of once per page.
 * A site that overrides the partial (a file of that name in its includes or layouts folder) gets its file rendered
 * for every page with the page's whole data, as `{% include %}` would, since an override may read any of it.
 */
export function registerSharedPartials(eleventyConfig: UserConfig, themeDir: string, templates: SiteTemplates): void {
  const themeSource = (name: string) => {
    const file = path.join(themeDir, "includes", name);
    return existsSync(file) ? readFileSync(file, "utf8") : undefined;
  };
  let isOverridden = overrideCheck(templates.has, themeSource);
  const cache = renderCache();
  eleventyConfig.on("eleventy.before", () => {
    isOverridden = overrideCheck(templates.has, themeSource);
    cache.reset();
  });
  eleventyConfig.addFilter("havenShared", function (name: string, context: Record<string, unknown> = {}) {
    const caller = `havenShared("${name}")`;
    if (isOverridden(name)) return templates.render(name, this.ctx, caller);
    // The theme's element ids, which every page has as `havenIds`.
    const values = { havenIds: IDS, ...context };
    return cache.get(name, values, () => templates.render(name, values, caller));
  });
}

/** One build's rendered partials, by name and the identities of their values; at most `LIMIT` kept. */
function renderCache() {
  let rendered = new Map<string, string>();
  let ids = new WeakMap<object, number>();
  let next = 0;
  const idOf = (value: object) => getOrMake(ids, value, () => next++);
  return {
    reset() {
      [rendered, ids, next] = [new Map(), new WeakMap(), 0];
    },
    get(name: string, values: Record<string, unknown>, render: () => string): string {
      const key = partialKey(name, values, idOf);
      let html = rendered.get(key);
      if (html === undefined) {
        html = render();
        if (rendered.size >= LIMIT) rendered.clear();
        rendered.set(key, html);
      }
      return html;
    },
  };
}
