import type { Site } from "../data/site-schema.ts";
import { translationEntry } from "../data/languages-schema.ts";
import { localCta } from "../data/cta-schema.ts";
import { getOrMake } from "../filters/memoize.ts";

const made = new WeakMap<Site, Map<string, Site>>();

/**
 * The site data as a page in `lang` sees it: `lang` is that language, and the site's `translations` for it
 * (navigation, verify-insurance link, crisis message, calls to action, home copy) replace the default
 * language's, part by part. One frozen object per site and language.
 */
export function localSite(site: Site, lang: string): Site {
  const byLang = getOrMake(made, site, () => new Map<string, Site>());
  return getOrMake(byLang, lang, () => Object.freeze(localize(site, lang)));
}

function localize(site: Site, lang: string): Site {
  const key = translationEntry(site.translations, lang);
  const t = key === undefined ? {} : site.translations[key];
  return {
    ...site,
    lang,
    navigation: t.navigation ?? site.navigation,
    verifyInsuranceUrl: t.verifyInsuranceUrl ?? site.verifyInsuranceUrl,
    crisisLine: { ...site.crisisLine, ...t.crisisLine },
    cta: localCta(site.cta, t.cta),
    home: { ...site.home, ...t.home },
  };
}
