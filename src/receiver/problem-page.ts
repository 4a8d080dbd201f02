import { readFile } from "node:fs/promises";
import path from "node:path";
import nunjucks from "nunjucks";
import type { FieldError } from "../forms/check.ts";
import type { FormsContext } from "../forms/load.ts";
import { createFormFilter } from "../forms/resolve.ts";
import { formIds } from "../templates/ids.ts";
import { urlFilters, urlSettings } from "../urls/register.ts";
import type { FormId } from "../forms/schema.ts";
import type { Values } from "./body.ts";
import { escapeHtml, simplePage } from "./respond.ts";
import type { Labels } from "../templates/labels.ts";
import { translateForms } from "../forms/translate.ts";

/** Where the receiver finds the built pages and the form partials (the site's includes before the theme's). */
export interface PageSources {
  siteDir?: string;
  templates: string[];
  /** Eleventy's `pathPrefix` the site is served under, e.g. `/clinic/` (default `/`). */
  pathPrefix?: string;
}

/** What went wrong with one post, to show the visitor. */
export interface Rejected {
  form: FormId;
  values: Values;
  errors: FieldError[];
  /** The page the form was on (its `_page` field), e.g. `/contact/`. */
  pageUrl: string;
  /** The page's language (its `_lang` field) when Haven has labels for it. */
  lang?: string;
}

/**
 * The page a visitor without JavaScript gets back after a post with errors: the page the form was on,
 * with the form rendered again by its own partial, their values filled in and the errors listed at its top.
 */
export function createProblemPages(sources: PageSources, labelsFor: (lang: string) => Labels): (context: FormsContext, rejected: Rejected) => Promise<string> {
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(sources.templates), { autoescape: true });
  // The context's forms are resolved already (loadFormsContext merged them once).
  env.addFilter("havenForm", createFormFilter(() => true, labelsFor));
  const settings = urlSettings(sources.pathPrefix);
  for (const [name, filter] of Object.entries(urlFilters(() => settings))) env.addFilter(name, filter);
  return async (context, rejected) => {
    const { form, values, errors, pageUrl, lang } = rejected;
    const formState = { form, values, errors: Object.fromEntries(errors.map((e) => [e.field, e.message])), errorList: errors };
    // The partial reads only the languages of `site`; an undefined `lang` keeps the forms' own text.
    const data = { ...context, site: { lang, languages: context.languages, organization: { name: context.organization } }, page: { url: pageUrl }, formState };
    const rendered = env.render(`forms/${form}.njk`, data);
    const formTag = new RegExp(`<form id="${formIds(form).form}"[\\s\\S]*?</form>`);
    const page = await readBuiltPage(sources.siteDir, pageUrl);
    const { summaryTitle, errorPrefix } = (lang ? translateForms(context.forms, labelsFor(lang)) : context.forms).messages;
    if (!page || !formTag.test(page)) return simplePage(summaryTitle, rendered, lang);
    const withForm = page.replace(formTag, () => rendered.match(formTag)![0]);
    return withForm.replace("<title>", () => `<title>${escapeHtml(errorPrefix)} `);
  };
}

/** The built HTML of a site page, or undefined when the path is odd or leaves the site folder. */
async function readBuiltPage(siteDir: string | undefined, url: string): Promise<string | undefined> {
  if (!siteDir || !/^\/[\w\-./]*$/.test(url) || url.includes("..")) return undefined;
  const root = path.resolve(siteDir);
  const file = path.join(root, url.endsWith("/") ? `${url}index.html` : url);
  if (!file.startsWith(root + path.sep)) return undefined;
  return readFile(file, "utf8").catch(() => undefined);
}
