import { fieldId } from "../templates/ids.ts";
import type { FieldRule } from "./check.ts";
import type { FieldDefinition, FormMessages } from "./schema.ts";

/** A select or radio choice as rendered. */
export interface Choice {
  value: string;
  label: string;
}

/** The choices of a field, insurers first when it takes them from data. */
export function choicesOf(field: FieldDefinition, insurers: { id: string; name: string }[]): Choice[] {
  const fromData = field.optionsFrom === "insurers" ? insurers.map((i) => ({ value: i.id, label: i.name })) : [];
  return [...fromData, ...(field.options ?? [])];
}

/** The plain rule data the validator reads, from a field definition: messages resolved, choices listed. */
export function toRule(formId: string, field: FieldDefinition, choices: Choice[], messages: FormMessages): FieldRule {
  const own = field.messages ?? {};
  return {
    name: field.name,
    id: fieldId(formId, field.name),
    type: field.type,
    required: field.required,
    requiredWhen: field.requiredWhen,
    maxLength: field.maxLength,
    pattern: field.pattern,
    past: field.past,
    options: choices.length ? choices.map((c) => c.value) : undefined,
    param: field.preselectParam,
    messages: {
      required: own.required ?? messages.required,
      invalid: own.invalid ?? messages.invalid,
      tooLong: (own.tooLong ?? messages.tooLong).replace("{max}", String(field.maxLength ?? "")),
    },
  };
}
