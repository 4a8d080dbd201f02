import { fieldId } from "../templates/ids.ts";
import { DATE_PARTS, type FieldRule } from "./check.ts";
import type { FieldDefinition, FormMessages } from "./schema.ts";

/** A select or radio choice as rendered. */
export interface Choice {
  value: string;
  label: string;
}

/** One of a date field's three inputs as rendered. */
export interface DatePart {
  key: "day" | "month" | "year";
  label: string;
  id: string;
  name: string;
  autocomplete?: string;
  maxLength: number;
}

/** A date field's inputs: the day takes the field's own id (errors link to it); a `bday` field autofills `bday-day`… */
export function datePartsOf(id: string, field: FieldDefinition, messages: FormMessages): DatePart[] {
  if (field.type !== "date") return [];
  return DATE_PARTS.map((suffix, i) => {
    const key = suffix.toLowerCase() as DatePart["key"];
    const autocomplete = field.autocomplete === "bday" ? `bday-${key}` : undefined;
    return { key, label: messages[key], id: i ? `${id}-${key}` : id, name: field.name + suffix, autocomplete, maxLength: key === "year" ? 4 : 2 };
  });
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
