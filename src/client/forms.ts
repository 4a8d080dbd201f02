/**
 * Enhances every Haven form on the page: the same checks as the receiver before sending, accessible
 * errors, sending with fetch, and a confirmation in place of the form. Without this script the forms post as usual.
 */
import { checkValues } from "../forms/check.ts";
import type { ClientRules } from "../forms/resolve.ts";
import { followSummaryLinks, showErrors } from "./errors.ts";
import { send } from "./send.ts";

document.querySelectorAll<HTMLFormElement>("form[data-haven-form]").forEach(enhance);

function enhance(form: HTMLFormElement): void {
  const rules: ClientRules = JSON.parse(form.dataset.havenForm!);
  const status = form.querySelector(".form-status")!;
  const button = form.querySelector("[type=submit]")!;
  const title = document.title;
  let busy = false;
  preselect(form, rules);
  followSummaryLinks(form);
  form.dataset.enhanced = ""; // a hook for styles and for `npm run measure`: the form is ready
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (busy) return; // a double click sends once
    const errors = checkValues(rules.fields, valuesOf(form));
    document.title = errors.length ? `${rules.messages.errorPrefix} ${title}` : title;
    showErrors(form, rules, errors);
    if (errors.length) return announce(status, "");
    busy = true;
    button.setAttribute("aria-disabled", "true");
    announce(status, rules.messages.sending);
    const outcome = await send(form, rules.timeoutMs);
    busy = false;
    button.removeAttribute("aria-disabled");
    if (outcome.ok) return confirm(form);
    announce(status, outcome.errors ? "" : rules.messages[outcome.reason]);
    if (outcome.errors) showErrors(form, rules, outcome.errors);
  });
}

function valuesOf(form: HTMLFormElement): Record<string, string> {
  // No prototype: a field named like an Object method is still a field. A repeated name keeps its first value.
  const values: Record<string, string> = Object.create(null);
  new FormData(form).forEach((value, name) => {
    if (!(name in values)) values[name] = String(value);
  });
  return values;
}

/**
 * Fills a field from its URL parameter (`?insurer=Aetna` picks `aetna`: ids match case-insensitively). A value
 * that is none of its choices leaves the list to choose from and shows the field's note saying so.
 */
function preselect(form: HTMLFormElement, rules: ClientRules): void {
  const params = new URLSearchParams(location.search);
  for (const rule of rules.fields) {
    const wanted = rule.param && params.get(rule.param)?.trim().toLowerCase();
    const field = form.querySelector<HTMLSelectElement>(`#${rule.id}`);
    if (!wanted || !field || field.value) continue;
    const match = rule.options?.find((option) => option.toLowerCase() === wanted);
    if (match) field.value = match;
    else showNote(field, document.getElementById(`${rule.id}-unknown`));
  }
}

function showNote(field: HTMLElement, note: HTMLElement | null): void {
  if (!note) return;
  note.hidden = false;
  field.setAttribute("aria-describedby", `${field.getAttribute("aria-describedby") ?? ""} ${note.id}`.trim());
}

/** Says something in the form's live region; emptied first so the same message twice is announced twice. */
function announce(status: Element, message: string): void {
  status.textContent = "";
  if (message) setTimeout(() => (status.textContent = message), 50);
}

/** Replaces the form with its confirmation and moves focus there. */
function confirm(form: HTMLFormElement): void {
  const done = form.parentElement!.querySelector<HTMLElement>(".form-confirmation")!;
  form.remove();
  done.hidden = false;
  done.focus();
}
