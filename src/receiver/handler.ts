import type { IncomingMessage, ServerResponse } from "node:http";
import { checkValues, fieldValue, normalizeTel } from "../forms/check.ts";
import type { FormsContext } from "../forms/load.ts";
import { createLabels, type LabelOverrides } from "../templates/labels-resolve.ts";
import type { Labels } from "../templates/labels.ts";
import { translateForms } from "../forms/translate.ts";
import { HONEYPOT, LANG_FIELD, PAGE_FIELD, type ResolvedForm, resolveForm } from "../forms/resolve.ts";
import { FORM_IDS, type FormId, type Forms } from "../forms/schema.ts";
import { readValues, RequestError, type Values } from "./body.ts";
import { createProblemPages, type PageSources } from "./problem-page.ts";
import { languageOf, thankYouUrl } from "./answer-language.ts";
import { whenNotBusy } from "./busy.ts";
import type { Notice } from "./notify.ts";
import { redirect, sendHtml, sendJson, wantsJson } from "./respond.ts";
import { createRefuse, type Refuse, requestLanguage } from "./refusals.ts";
import type { SubmissionStore } from "./store.ts";
import { sitePath } from "../urls/site-urls.ts";
import { errorMessage } from "../validate/error-message.ts";

/** How the receiver is set up. */
export interface ReceiverOptions extends PageSources {
  /** The forms and insurers to check against; called per request, so data edits in watch mode apply at once. */
  load(): FormsContext | Promise<FormsContext>;
  store: SubmissionStore;
  /** Largest body accepted, in bytes (default 32 KiB): the largest valid form is far smaller. */
  maxBytes?: number;
  /** How long a post waits for another process's write lock before a 503, in milliseconds (default 2 s). */
  busyWaitMs?: number;
  /** Told (without waiting) about each stored submission: its form, id and time only, never a value. */
  notify?: (notice: Notice) => void;
  /** Receives one line per event; never a submitted value. */
  log?: (line: string) => void;
  /** The site's `labels` option, so answers in a page's language use the site's wording too. */
  labels?: LabelOverrides;
}

/** A Node request handler; `next` (as in connect-style middleware) gets every request that is not a form post. */
export type Handler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => Promise<void>;

/** Path the receiver answers on when the site's provider is not a custom endpoint on this site. */
export const DEFAULT_ENDPOINT = "/api/forms/";

/** Creates the receiver: it checks posts with the forms' own rules, stores accepted ones, and answers JSON or HTML. */
export function createReceiver(options: ReceiverOptions): Handler {
  const log = options.log ?? (() => {});
  const labelsFor = createLabels(options.labels);
  const refuse = createRefuse(labelsFor);
  const receive = createReceive(options, labelsFor, log);
  return async (req, res, next) => {
    // Answers before the body is read are in the form action's `?lang=`; once read, in the posted page language.
    const asked = requestLanguage(req.url, labelsFor);
    const answer = { lang: asked ?? "en" };
    try {
      const context = await options.load();
      answer.lang = asked ?? languageOf(context.languages[0], labelsFor) ?? "en";
      const formId = routeOf(req.url ?? "/", context.forms, options.pathPrefix);
      if (formId === undefined) return next ? next() : refuse(req, res, answer.lang, 404, "not_found");
      if (!formId) return refuse(req, res, answer.lang, 404, "unknown_form", { forms: FORM_IDS.join(", ") });
      if (req.method !== "POST") {
        res.setHeader("Allow", "POST");
        return refuse(req, res, answer.lang, 405, "method_not_allowed");
      }
      await receive(req, res, context, formId, answer);
    } catch (error) {
      fail(req, res, error, { log, refuse, lang: answer.lang });
    }
  };
}

/** Handles one post to a known form: honeypot, checks, then storing. */
function createReceive(options: ReceiverOptions, labelsFor: (lang: string) => Labels, log: (line: string) => void) {
  const problemPage = createProblemPages(options, labelsFor);
  const limit = options.maxBytes ?? 32 * 1024;
  const save = (formId: FormId, data: Values, lang?: string) =>
    whenNotBusy(() => options.store.save(formId, data, lang), options.busyWaitMs ?? 2000).catch((error: Error) => {
      if (error instanceof RequestError) throw error;
      throw new Error(`storing a "${formId}" submission failed, nothing was stored: ${error.message}`, { cause: error });
    });
  return async (req: IncomingMessage, res: ServerResponse, context: FormsContext, formId: FormId, answer: { lang: string }) => {
    const values = await readValues(req, limit);
    const lang = languageOf(values[LANG_FIELD], labelsFor);
    if (lang) answer.lang = lang;
    const form = resolveForm(lang ? translateForms(context.forms, labelsFor(lang)) : context.forms, formId, context.insurers, context.organization);
    if (values[HONEYPOT]) {
      log(`Haven receiver: dropped a "${formId}" post that filled the anti-spam field`);
      return accept(req, res, form, thankYouUrl(form, lang, context.languages), options.pathPrefix);
    }
    const errors = checkValues(form.rules.fields, values);
    if (errors.length) {
      if (wantsJson(req)) return sendJson(res, 400, { ok: false, error: "invalid", errors });
      const pageUrl = values[PAGE_FIELD] ?? "";
      return sendHtml(res, 400, await problemPage(context, { form: formId, values, errors, pageUrl, lang }));
    }
    const saved = await save(formId, pick(form, values), lang);
    log(`Haven receiver: ${saved.duplicate ? "already had" : "stored"} a "${formId}" submission (#${saved.id})`);
    if (!saved.duplicate) options.notify?.({ form: formId, id: saved.id, receivedAt: saved.receivedAt });
    accept(req, res, form, thankYouUrl(form, lang, context.languages), options.pathPrefix);
  };
}

/** Answers a refused request with its own status, anything else with 500, in `lang`; logs the error, never the body. */
function fail(req: IncomingMessage, res: ServerResponse, error: unknown, how: { log: (line: string) => void; refuse: Refuse; lang: string }): void {
  if (error instanceof RequestError) {
    if (error.status === 503) how.log(`Haven receiver: ${error.message}`);
    if (error.status === 503) res.setHeader("Retry-After", "5");
    if (error.status === 413) res.setHeader("Connection", "close"); // do not read the rest of an oversized body
    return how.refuse(req, res, how.lang, error.status, error.code, error.values);
  }
  how.log(`Haven receiver: ${errorMessage(error)}`);
  how.refuse(req, res, how.lang, 500, "server_error");
}

/** The form a path (under the site's path prefix) posts to: its id, `null` for an unknown form under the endpoint, undefined elsewhere. */
function routeOf(url: string, forms: Forms, pathPrefix?: string): FormId | null | undefined {
  const endpoint = sitePath(endpointOf(forms), pathPrefix);
  const pathname = pathOf(url);
  if (!pathname.startsWith(endpoint)) return undefined;
  const id = pathname.slice(endpoint.length).replace(/\/$/, "");
  return (FORM_IDS as readonly string[]).includes(id) ? (id as FormId) : null;
}

/** The path the receiver answers on: the custom provider's endpoint when it is a path on this site, else `/api/forms/`. */
export function endpointOf(forms: Forms): string {
  return forms.provider.type === "custom" && forms.provider.endpoint.startsWith("/") ? forms.provider.endpoint : DEFAULT_ENDPOINT;
}

/** The path of a request target, or a 400 RequestError when it is not one (`//[`). */
function pathOf(url: string): string {
  try {
    return new URL(url, "http://receiver").pathname;
  } catch {
    throw new RequestError(400, "bad_request", "The request's target is not a valid path");
  }
}

/** Only the form's own fields, trimmed (a date's parts joined), phone extensions written one way: the honeypot, page field and anything else posted are never stored. */
function pick(form: ResolvedForm, values: Values): Record<string, string> {
  return Object.fromEntries(form.fields.map((field) => [field.name, field.type === "tel" ? normalizeTel(fieldValue(field, values)) : fieldValue(field, values)]));
}

/** The success answer: `{ ok: true, message }` for the bundle, a 303 to `thankYou` (a site path, put under the path prefix) for a plain post. */
function accept(req: IncomingMessage, res: ServerResponse, form: ResolvedForm, thankYou: string, pathPrefix?: string): void {
  if (wantsJson(req)) return sendJson(res, 200, { ok: true, message: form.confirmation.text });
  redirect(res, sitePath(thankYou, pathPrefix));
}
