import type { GeneratedPage } from "./model.ts";

/** The generated pages to write, and the translation keys their site replacements take. */
export interface SettledPages {
  pages: GeneratedPage[];
  /** A site page that replaces a generated page (same URL) and sets no `translationKey` of its own: the generated page's key, by URL. */
  implicitKeys: Map<string, string>;
}

/**
 * Drops the generated pages a site page replaces (`claimed`: URL → that page's own `translationKey`, if any) and
 * settles the keys that link one generated page's language versions: a replacement's own key wins for all of them
 * (so the generated `/es/articles/` links to a site's `/articles/` keyed `articles`), else the generated key stands,
 * and a replacement without a key takes it.
 */
export function settleTranslationKeys(pages: GeneratedPage[], claimed: Map<string, string | undefined>): SettledPages {
  const chosen = new Map<string, string>();
  for (const page of pages) {
    const own = claimed.get(page.url);
    if (page.translationKey && own && !chosen.has(page.translationKey)) chosen.set(page.translationKey, own);
  }
  const implicitKeys = new Map<string, string>();
  const kept: GeneratedPage[] = [];
  for (const page of pages) {
    const key = page.translationKey && (chosen.get(page.translationKey) ?? page.translationKey);
    if (!claimed.has(page.url)) kept.push(key ? { ...page, translationKey: key } : page);
    else if (key && !claimed.get(page.url)) implicitKeys.set(page.url, key);
  }
  return { pages: kept, implicitKeys };
}
