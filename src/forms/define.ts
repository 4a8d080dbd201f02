import type { FormsInput } from "./data-schema.ts";

/** Types `_data/forms.ts` for editor completion; the build merges it over the theme's forms and validates it. */
export function defineForms(forms: FormsInput): FormsInput {
  return forms;
}
