import { deepFreeze } from "../data/freeze.ts";
import { CHECKED, type FieldRule } from "./check.ts";
import { parseForms } from "./data-schema.ts";
import { type Choice, choicesOf, type DatePart, datePartsOf, toRule } from "./rules.ts";
import { errorId, fieldId, formIds, hintId } from "../templates/ids.ts";
import { fillOrganization } from "./placeholders.ts";
import type { Labels } from "../templates/labels.ts";
import { translateForms } from "./translate.ts";
import { FORM_IDS, type FieldDefinition, type FormDefinition, type FormId, type FormMessages, type Forms } from "./schema.ts";

/** The anti-spam field's name: Formspree's, which Netlify and Haven's receiver read too. */
export const HONEYPOT = "_gotcha";
/** Hidden field naming the page the form was on, so a no-JS visitor with errors gets that page back. */
export const PAGE_FIELD = "_page";
/** Hidden field with the page's language (`es-US`): the receiver answers in it and stores it with the submission. */
export const LANG_FIELD = "_lang";

/** What the browser bundle reads from the form's `data-haven-form` attribute. */
export interface ClientRules {
  fields: FieldRule[];
  timeoutMs: number;
  messages: Pick<FormMessages, "errorPrefix" | "sending" | "network" | "timeout" | "server" | "rejected">;
}

/** A field ready to render: its ids and choices worked out; templates only print them. */
export interface ResolvedField extends FieldDefinition {
  id: string;
  /** The hint's id, when the field has a hint; first in `aria-describedby`. */
  hintId?: string;
  /** The id the field's inline error takes; joins `aria-describedby` while there is an error. */
  errorId: string;
  /** Checkboxes: the value a checked box sends, the one the validator accepts. */
  checkedValue?: string;
  choices: (Choice & { id: string })[];
  /** A date's day, month and year inputs; empty for other types. */
  parts: DatePart[];
}

/** A form ready to render and to check: markup facts from the provider plus the shared rules. */
export interface ResolvedForm extends Omit<FormDefinition, "fields"> {
  id: FormId;
  /** Its elements' ids (`_book-form`, `_book-errors`, `_book-done`, `_book-gotcha`); each field's is on the field. */
  ids: ReturnType<typeof formIds>;
  action: string;
  /** Attributes the provider needs on `<form>`, e.g. Netlify's `data-netlify`. */
  attributes: Record<string, string>;
  /** Hidden inputs the provider needs, e.g. Netlify's `form-name`. */
  hidden: { name: string; value: string }[];
  /** The hidden input naming the page the form is on (its value is the page's URL). */
  pageField: string;
  /** The hidden field with the page's language. */
  langField: string;
  /** The anti-spam field: its name and element id. */
  honeypot: { name: string; id: string };
  /** Element id of each field by name, for the error summary's links. */
  fieldIds: Record<string, string>;
  fields: ResolvedField[];
  messages: FormMessages;
  rules: ClientRules;
}

/**
 * Resolves one form of the site's (already merged) forms data against its insurers; `{organization}` in its copy
 * becomes `organization`. With `lang` (the page's), the custom receiver's action names it (`?lang=es-US`), so even
 * its answers before it reads the body are in the page's language.
 */
export function resolveForm(allForms: Forms, id: FormId, insurers: { id: string; name: string }[], organization?: string, lang?: string): ResolvedForm {
  if (!allForms.forms[id]) throw new Error(`Haven: no form "${id}"; the forms are ${FORM_IDS.join(", ")}`);
  const forms = { ...allForms, messages: fillOrganization(allForms.messages, organization) };
  const form = fillOrganization(allForms.forms[id], organization);
  const fields = form.fields.map((field) => {
    const choices = choicesOf(field, insurers);
    const elementId = fieldId(id, field.name);
    // The first radio takes the field's own id, so the error summary links to the group.
    const own = { id: elementId, errorId: errorId(elementId), ...(field.hint && { hintId: hintId(elementId) }) };
    const checkedValue = field.type === "checkbox" ? CHECKED : undefined;
    return { ...field, ...own, checkedValue, choices: choices.map((c, i) => ({ ...c, id: i ? `${elementId}-${i + 1}` : elementId })), parts: datePartsOf(elementId, field, forms.messages) };
  });
  const { errorPrefix, sending, network, timeout, server, rejected } = forms.messages;
  const rules: ClientRules = {
    fields: fields.map((field) => toRule(id, field, field.choices, forms.messages)),
    timeoutMs: forms.timeoutMs,
    messages: { errorPrefix, sending, network, timeout, server, rejected },
  };
  const ids = formIds(id);
  const fieldIds = Object.fromEntries(fields.map((f) => [f.name, f.id]));
  const markup = { ids, pageField: PAGE_FIELD, langField: LANG_FIELD, honeypot: { name: HONEYPOT, id: ids.gotcha }, fieldIds };
  return { ...form, ...providerFacts(forms, id, form, lang), ...markup, id, fields, messages: forms.messages, rules };
}

/**
 * The query that preselects an insurer in a form, from the `preselectParam` of its field filled from the
 * insurers (`{ insurer: "aetna" }` by default); empty when the form preselects none, so links never promise it.
 */
export function insurerQuery(form: ResolvedForm, insurerId: string): Record<string, string> {
  const param = form.fields.find((field) => field.optionsFrom === "insurers")?.preselectParam;
  return param ? { [param]: insurerId } : {};
}

function providerFacts(forms: Forms, id: FormId, form: FormDefinition, lang?: string): Pick<ResolvedForm, "action" | "attributes" | "hidden"> {
  const provider = forms.provider;
  if (provider.type === "custom") {
    const query = lang ? `?${new URLSearchParams({ lang })}` : "";
    return { action: provider.endpoint + id + query, attributes: {}, hidden: [] };
  }
  if (provider.type === "netlify") {
    // Netlify redirects a no-JS post to the action path, and finds the form by `form-name`.
    const attributes = { name: id, "data-netlify": "true", "netlify-honeypot": HONEYPOT };
    return { action: form.confirmation.url, attributes, hidden: [{ name: "form-name", value: id }] };
  }
  const formspreeId = provider.forms[id];
  if (!formspreeId) throw new Error(`Haven: the formspree provider has no form id for "${id}" (forms.ts: provider.forms.${id})`);
  return { action: `https://formspree.io/f/${formspreeId}`, attributes: {}, hidden: [] };
}

type Insurers = { id: string; name: string }[];
const NO_INSURERS: Insurers = [];

/**
 * The `havenForm` Nunjucks filter: `forms | havenForm("contact", insurers, site.lang, site.organization.name, site.languages)`
 * gives the form ready to render, in the page's language, `{organization}` filled in; on a page in another language than
 * the default (`languages[0]`) the receiver's action names the page's.
 */
export type FormFilter = (data: unknown, id: FormId, insurers?: Insurers, lang?: string, organization?: string, languages?: readonly string[]) => ResolvedForm;

/**
 * Creates the `havenForm` filter of one plugin instance. `isResolved` says whether the `forms` data is already
 * the resolved forms (the data store's validated value): those are used as they are, since merging resolved
 * forms again would move every added field last. Anything else is a site's patch, merged once here; no data
 * gives the theme's forms. With `labelsFor`, a `lang` argument gives the forms in that language (`translate.ts`).
 * Every page renders from the same frozen data, so each form is resolved once per language.
 */
export function createFormFilter(isResolved: (data: unknown) => boolean, labelsFor?: (lang: string) => Labels): FormFilter {
  const merged = new WeakMap<object, Forms>();
  let defaults: Forms | undefined;
  const formsOf = (data: unknown): Forms => {
    if (!data || typeof data !== "object") return (defaults ??= parseForms(undefined));
    if (isResolved(data)) return data as Forms;
    if (!merged.has(data)) merged.set(data, parseForms(data));
    return merged.get(data)!;
  };
  const translated = new WeakMap<Forms, Map<string, Forms>>();
  const inLanguage = (forms: Forms, lang: string | undefined): Forms => {
    if (!lang || !labelsFor) return forms;
    if (!translated.has(forms)) translated.set(forms, new Map());
    const byLang = translated.get(forms)!;
    if (!byLang.has(lang)) byLang.set(lang, translateForms(forms, labelsFor(lang)));
    return byLang.get(lang)!;
  };
  const resolved = new WeakMap<Forms, WeakMap<Insurers, Map<string, ResolvedForm>>>();
  return (data, id, insurers = NO_INSURERS, lang, organization = "", languages = []) => {
    const forms = inLanguage(formsOf(data), lang);
    if (!resolved.has(forms)) resolved.set(forms, new WeakMap());
    const byInsurers = resolved.get(forms)!;
    if (!byInsurers.has(insurers)) byInsurers.set(insurers, new Map());
    const byId = byInsurers.get(insurers)!;
    // The receiver answers in the default language unless told otherwise.
    const named = languages.length > 1 && lang !== languages[0] ? lang : undefined;
    const key = `${id}\n${organization}\n${named}`;
    if (!byId.has(key)) byId.set(key, deepFreeze(resolveForm(forms, id, insurers, organization, named)));
    return byId.get(key)!;
  };
}
