import type { FormPatch, FormsPatch } from "./patch-schema.ts";
import { FORM_IDS, type FieldDefinition, type FormDefinition, type Forms } from "./schema.ts";

/** A merge problem, with its path in the site's data. */
export interface MergeProblem {
  path: PropertyKey[];
  message: string;
}

/** Lays a site's changes over the theme's forms; the result is checked whole afterwards, so it may be incomplete. */
export function mergeForms(base: Forms, patch: FormsPatch): { forms: unknown; problems: MergeProblem[] } {
  const problems: MergeProblem[] = [];
  const forms = Object.fromEntries(
    FORM_IDS.map((id) => [id, mergeForm(base.forms[id], patch.forms?.[id], (p) => problems.push({ ...p, path: ["forms", id, ...p.path] }))]),
  );
  const merged = {
    provider: patch.provider ?? base.provider,
    timeoutMs: patch.timeoutMs ?? base.timeoutMs,
    messages: { ...base.messages, ...patch.messages },
    forms,
  };
  return { forms: merged, problems };
}

function mergeForm(base: FormDefinition, patch: FormPatch | undefined, report: (p: MergeProblem) => void): unknown {
  if (!patch) return base;
  const fields: Partial<FieldDefinition>[] = [...base.fields];
  patch.fields?.forEach(({ after, ...field }, i) => {
    const at = (key: string, message: string) => report({ path: ["fields", i, key], message });
    const existing = fields.findIndex((f) => f.name === field.name);
    if (existing >= 0) {
      const old = fields[existing];
      fields[existing] = { ...old, ...field, messages: { ...old.messages, ...field.messages } };
      if (after) at("after", "Only a new field takes `after`");
      return;
    }
    const anchor = after === undefined ? fields.length - 1 : fields.findIndex((f) => f.name === after);
    if (anchor < 0) at("after", `No field named "${after}"`);
    fields.splice(anchor < 0 ? fields.length : anchor + 1, 0, field);
  });
  return { ...base, ...patch, confirmation: { ...base.confirmation, ...patch.confirmation }, fields };
}
