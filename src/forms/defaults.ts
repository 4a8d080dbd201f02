import { thankYouPath } from "../pages/paths.ts";
import type { Forms } from "./schema.ts";

const name = {
  name: "name",
  label: "Full name",
  type: "text",
  required: true,
  autocomplete: "name",
  spellcheck: false,
  maxLength: 120,
  messages: { required: "Enter your full name" },
} as const;

const email = {
  name: "email",
  label: "E-mail address",
  type: "email",
  autocomplete: "email",
  spellcheck: false,
  maxLength: 254,
  messages: { required: "Enter your e-mail address", invalid: "Enter an e-mail address like name@example.com" },
} as const;

const phone = {
  name: "phone",
  label: "Phone number",
  type: "tel",
  hint: "Include the area code.",
  autocomplete: "tel",
  maxLength: 25,
  messages: { required: "Enter your phone number", invalid: "Enter a phone number with its area code, using digits" },
} as const;

/** The theme's forms, which a site's `_data/forms.ts` changes field by field. */
export const DEFAULT_FORMS: Forms = {
  provider: { type: "custom", endpoint: "/api/forms/" },
  timeoutMs: 15_000,
  messages: {
    requiredMarker: "(required)",
    summaryTitle: "There is a problem",
    errorPrefix: "Error:",
    sending: "Sending...",
    network: "We could not send the form because the connection failed. Everything you typed is still here: check your connection and try again.",
    timeout: "Sending took too long. Everything you typed is still here: please try again.",
    server: "Something went wrong on our side. Everything you typed is still here: please try again in a moment, or call us.",
    rejected: "We could not accept the form as sent. Please call us instead.",
    required: "Fill in this field",
    invalid: "Check what you entered here",
    tooLong: "Use {max} characters or fewer",
    honeypotLabel: "Leave this field empty",
  },
  forms: {
    contact: {
      submitLabel: "Send message",
      fields: [
        name,
        { ...email, hint: "Needed if you would like us to reply by e-mail.", requiredWhen: { field: "contactMethod", values: ["email"] } },
        {
          ...phone,
          hint: "Include the area code. Needed if you would like a call or a text.",
          requiredWhen: { field: "contactMethod", values: ["phone", "text"] },
        },
        {
          name: "contactMethod",
          label: "How should we contact you?",
          type: "radio",
          required: true,
          options: [
            { value: "email", label: "E-mail" },
            { value: "phone", label: "Phone call" },
            { value: "text", label: "Text message" },
          ],
          messages: { required: "Choose how we should contact you" },
        },
        {
          name: "message",
          label: "Your message",
          type: "textarea",
          required: true,
          hint: "Please do not include detailed medical information.",
          maxLength: 2000,
          messages: { required: "Enter your message" },
        },
      ],
      confirmation: { title: "Thank you, your message is on its way", text: "Our admissions team replies within one business day.", url: thankYouPath("contact") },
    },
    "verify-insurance": {
      submitLabel: "Verify my insurance",
      fields: [
        name,
        {
          name: "dateOfBirth",
          label: "Date of birth",
          type: "date",
          required: true,
          hint: "The date of birth on the insurance policy.",
          autocomplete: "bday",
          past: true,
          messages: { required: "Enter the date of birth", invalid: "Enter a real date of birth, not in the future" },
        },
        { ...phone, required: true },
        { ...email, required: true },
        {
          name: "insurer",
          label: "Insurance company",
          type: "select",
          required: true,
          optionsFrom: "insurers",
          options: [{ value: "other", label: "Another insurer" }],
          prompt: "Choose your insurer",
          preselectParam: "insurer",
          messages: { required: "Choose your insurance company" },
        },
        {
          name: "memberId",
          label: "Member ID",
          type: "text",
          required: true,
          hint: "On the front of the insurance card; it may be called subscriber ID.",
          autocomplete: "off",
          spellcheck: false,
          maxLength: 40,
          pattern: "[A-Za-z0-9 -]+",
          messages: { required: "Enter the member ID", invalid: "Enter the member ID using only letters, digits, spaces and dashes" },
        },
        { name: "groupNumber", label: "Group number", type: "text", hint: "If the card shows one.", autocomplete: "off", spellcheck: false, maxLength: 40 },
        {
          name: "consent",
          legend: "Consent",
          label: "I agree that you may use these details to check my insurance coverage and to contact me about it.",
          type: "checkbox",
          required: true,
          hint: "We use these details only to check your benefits with your insurer, and we keep them confidential.",
          messages: { required: "Tick the box to let us check your coverage" },
        },
      ],
      confirmation: { title: "Thank you, we are checking your coverage", text: "We will contact you within one business day with what your plan covers.", url: thankYouPath("verify-insurance") },
    },
    book: {
      submitLabel: "Send me the book",
      fields: [{ ...name, label: "Your name", messages: { required: "Enter your name" } }, { ...email, required: true }],
      confirmation: { title: "Thank you, your book is on its way", text: "Check your inbox for an e-mail with the download link.", url: thankYouPath("book") },
    },
  },
};
