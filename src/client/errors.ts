import type { FieldError } from "../forms/check.ts";
import type { ClientRules } from "../forms/resolve.ts";
import { ERROR_SUFFIX, errorId } from "../templates/ids.ts";

/**
 * Shows errors the accessible way: a summary at the top of the form that takes focus and links to each
 * field, a message beside each field tied by aria-describedby, and aria-invalid. No errors clears them all.
 */
export function showErrors(form: HTMLFormElement, rules: ClientRules, errors: FieldError[]): void {
  clearErrors(form);
  const summary = form.querySelector<HTMLElement>(".error-summary")!;
  const list = summary.querySelector("ul")!;
  list.textContent = "";
  summary.hidden = !errors.length;
  for (const error of errors) {
    const rule = rules.fields.find((f) => f.name === error.field);
    const item = list.appendChild(document.createElement("li"));
    const target = rule && document.getElementById(rule.id);
    if (!rule || !target) {
      item.textContent = error.message; // e.g. a provider's error about no particular field
      continue;
    }
    const link = item.appendChild(document.createElement("a"));
    link.href = `#${rule.id}`;
    link.textContent = error.message;
    markField(form, target, rule.name, error.message, rules.messages.errorPrefix);
  }
  if (errors.length) summary.focus();
}

/** Sends a summary link's click to its field: focus on the field itself, not only a scroll. */
export function followSummaryLinks(form: HTMLFormElement): void {
  form.querySelector(".error-summary")!.addEventListener("click", (event) => {
    const link = (event.target as Element).closest("a");
    const field = link && document.getElementById(link.hash.slice(1));
    if (!field) return;
    event.preventDefault();
    field.focus();
    // Bring the label or legend into view too, not only the control.
    field.closest(".field")!.scrollIntoView();
  });
}

function markField(form: HTMLFormElement, control: HTMLElement, name: string, message: string, prefix: string): void {
  // Every control of the field: a radio group's radios, a date's day, month and year.
  const group = form.querySelectorAll(`[data-field="${name}"] :is(input, select, textarea)`);
  group.forEach((el) => el.setAttribute("aria-invalid", "true"));
  const note = document.createElement("p");
  note.className = "field-error";
  note.id = errorId(control.id);
  const hidden = note.appendChild(document.createElement("span"));
  hidden.className = "visually-hidden";
  hidden.textContent = prefix;
  note.append(` ${message}`);
  const parts = control.closest(".date-parts");
  (control.closest(".choice") ?? parts ?? control).before(note);
  // A radio group and a date are described on their fieldset; any other field on the control itself.
  const described = (control as HTMLInputElement).type === "radio" || parts ? control.closest("fieldset")! : control;
  described.setAttribute("aria-describedby", `${described.getAttribute("aria-describedby") ?? ""} ${note.id}`.trim());
}

function clearErrors(form: HTMLFormElement): void {
  form.querySelectorAll(".field-error").forEach((el) => el.remove());
  form.querySelectorAll("[aria-invalid]").forEach((el) => el.removeAttribute("aria-invalid"));
  form.querySelectorAll("[aria-describedby]").forEach((el) => {
    const ids = el.getAttribute("aria-describedby")!.split(" ").filter((id) => !id.endsWith(ERROR_SUFFIX));
    if (ids.length) el.setAttribute("aria-describedby", ids.join(" "));
    else el.removeAttribute("aria-describedby");
  });
}
