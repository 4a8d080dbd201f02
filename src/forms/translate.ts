import { FORM_LABELS } from "../templates/labels-forms.ts";
import type { Labels } from "../templates/labels.ts";
import type { Forms } from "./schema.ts";

type FormLabelKey = keyof typeof FORM_LABELS;

// The theme's English text of the forms, back to its label key.
const KEY_OF = new Map<string, FormLabelKey>((Object.entries(FORM_LABELS) as [FormLabelKey, string][]).map(([key, text]) => [text, key]));

/**
 * The forms in a language: every text that is still the theme's English default (`labels-forms.ts`) becomes
 * that label in `labels` (the page language's table, with the site's `labels` overrides); text the site wrote
 * in its `_data/forms.ts` stays as written. Returns a new object; `forms` is not changed.
 */
export function translateForms(forms: Forms, labels: Labels): Forms {
  return translate(forms, labels) as Forms;
}

function translate(value: unknown, labels: Labels): unknown {
  if (typeof value === "string") {
    const key = KEY_OF.get(value);
    return key ? labels[key] : value;
  }
  if (Array.isArray(value)) return value.map((item) => translate(item, labels));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, translate(v, labels)]));
  return value;
}
