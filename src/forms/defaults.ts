import { thankYouPath } from "../pages/paths.ts";
import { FORM_LABELS as L } from "../templates/labels-forms.ts";
import type { Forms } from "./schema.ts";

// Written in English from the labels table; `translate.ts` gives them in a page's language.

const name = {
  name: "name",
  label: L.formName,
  type: "text",
  required: true,
  autocomplete: "name",
  spellcheck: false,
  maxLength: 120,
  messages: { required: L.formNameRequired },
} as const;

const email = {
  name: "email",
  label: L.formEmail,
  type: "email",
  autocomplete: "email",
  spellcheck: false,
  maxLength: 254,
  messages: { required: L.formEmailRequired, invalid: L.formEmailInvalid },
} as const;

const phone = {
  name: "phone",
  label: L.formPhone,
  type: "tel",
  hint: L.formPhoneHint,
  autocomplete: "tel",
  maxLength: 25,
  messages: { required: L.formPhoneRequired, invalid: L.formPhoneInvalid },
} as const;

/** The theme's forms, which a site's `_data/forms.ts` changes field by field. */
export const DEFAULT_FORMS: Forms = {
  provider: { type: "custom", endpoint: "/api/forms/" },
  timeoutMs: 15_000,
  messages: {
    requiredMarker: L.formRequiredMarker,
    summaryTitle: L.formSummaryTitle,
    errorPrefix: L.formErrorPrefix,
    sending: L.formSending,
    network: L.formNetwork,
    timeout: L.formTimeout,
    server: L.formServer,
    rejected: L.formRejected,
    required: L.formRequired,
    invalid: L.formInvalid,
    tooLong: L.formTooLong,
    day: L.formDay,
    month: L.formMonth,
    year: L.formYear,
    unknownChoice: L.formUnknownChoice,
    honeypotLabel: L.formHoneypotLabel,
  },
  forms: {
    contact: {
      submitLabel: L.contactSubmit,
      fields: [
        name,
        {
          name: "contactMethod",
          label: L.formContactMethod,
          type: "radio",
          required: true,
          options: [
            { value: "email", label: L.formContactByEmail },
            { value: "phone", label: L.formContactByPhone },
            { value: "text", label: L.formContactByText },
          ],
          messages: { required: L.formContactMethodRequired },
        },
        { ...email, hint: L.formEmailHintReply, requiredWhen: { field: "contactMethod", values: ["email"] } },
        {
          ...phone,
          hint: L.formPhoneHintCall,
          requiredWhen: { field: "contactMethod", values: ["phone", "text"] },
        },
        {
          name: "message",
          label: L.formMessage,
          type: "textarea",
          required: true,
          hint: L.formMessageHint,
          maxLength: 2000,
          messages: { required: L.formMessageRequired },
        },
      ],
      confirmation: { title: L.contactDoneTitle, text: L.contactDoneText, url: thankYouPath("contact") },
    },
    "verify-insurance": {
      submitLabel: L.verifySubmit,
      fields: [
        name,
        {
          name: "dateOfBirth",
          label: L.formDateOfBirth,
          type: "date",
          required: true,
          hint: L.formDateOfBirthHint,
          autocomplete: "bday",
          past: true,
          messages: { required: L.formDateOfBirthRequired, invalid: L.formDateOfBirthInvalid },
        },
        { ...phone, required: true },
        { ...email, required: true },
        {
          name: "insurer",
          label: L.formInsurer,
          type: "select",
          required: true,
          optionsFrom: "insurers",
          options: [{ value: "other", label: L.formInsurerOther }],
          prompt: L.formInsurerPrompt,
          preselectParam: "insurer",
          messages: { required: L.formInsurerRequired },
        },
        {
          name: "memberId",
          label: L.formMemberId,
          type: "text",
          required: true,
          hint: L.formMemberIdHint,
          autocomplete: "off",
          spellcheck: false,
          maxLength: 40,
          pattern: "[A-Za-z0-9 -]+",
          messages: { required: L.formMemberIdRequired, invalid: L.formMemberIdInvalid },
        },
        { name: "groupNumber", label: L.formGroupNumber, type: "text", hint: L.formGroupNumberHint, autocomplete: "off", spellcheck: false, maxLength: 40 },
        {
          name: "consent",
          legend: L.formConsentLegend,
          label: L.formConsent,
          type: "checkbox",
          required: true,
          hint: L.formConsentHint,
          messages: { required: L.formConsentRequired },
        },
      ],
      confirmation: { title: L.verifyDoneTitle, text: L.verifyDoneText, url: thankYouPath("verify-insurance") },
    },
    book: {
      submitLabel: L.bookSubmit,
      fields: [{ ...name, label: L.formYourName, messages: { required: L.formYourNameRequired } }, { ...email, required: true }],
      confirmation: { title: L.bookDoneTitle, text: L.bookDoneText, url: thankYouPath("book") },
    },
  },
};
