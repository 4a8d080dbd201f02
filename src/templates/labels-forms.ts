/**
 * The English text of the theme's forms (fields, hints, error messages, buttons, confirmations) and of the
 * receiver's answers: part of the labels table (`labels.ts`), kept here because it is most of it.
 */
export const FORM_LABELS = {
  /** After each required field's label. */
  formRequiredMarker: "(required)",
  /** Heading of a form's error summary, also of the receiver's page when it has no page of the site to show. */
  formSummaryTitle: "There is a problem",
  /** Read before each inline error and before the page title while a form has errors, visually hidden. */
  formErrorPrefix: "Error:",
  /** Live-region text while sending. */
  formSending: "Sending...",
  formNetwork: "We could not send the form because the connection failed. Everything you typed is still here: check your connection and try again.",
  formTimeout: "Sending took too long. Everything you typed is still here: please try again.",
  formServer: "Something went wrong on our side. Everything you typed is still here: please try again in a moment, or call us.",
  formRejected: "We could not accept the form as sent. Please call us instead.",
  /** Default error messages; `{max}` becomes the field's limit. */
  formRequired: "Fill in this field",
  formInvalid: "Check what you entered here",
  formTooLong: "Use {max} characters or fewer",
  formHoneypotLabel: "Leave this field empty",
  /** Labels of a date's three inputs (date of birth). */
  formDay: "Day",
  formMonth: "Month",
  formYear: "Year",
  /** Beside the insurer list when the page's link (`?insurer=`) named an insurer it does not have. */
  formUnknownChoice: "We could not find the insurer named in your link. Please choose yours from the list.",
  /** Fields. */
  formName: "Full name",
  formNameRequired: "Enter your full name",
  formYourName: "Your name",
  formYourNameRequired: "Enter your name",
  formEmail: "E-mail address",
  formEmailRequired: "Enter your e-mail address",
  formEmailInvalid: "Enter an e-mail address like name@example.com",
  formEmailHintReply: "Needed if you would like us to reply by e-mail.",
  formPhone: "Phone number",
  formPhoneHint: "Include the area code.",
  formPhoneHintCall: "Include the area code. Needed if you would like a call or a text.",
  formPhoneRequired: "Enter your phone number",
  formPhoneInvalid: "Enter a phone number with its area code, using digits",
  formContactMethod: "How should we contact you?",
  formContactMethodRequired: "Choose how we should contact you",
  formContactByEmail: "E-mail",
  formContactByPhone: "Phone call",
  formContactByText: "Text message",
  formMessage: "Your message",
  formMessageHint: "Please do not include detailed medical information.",
  formMessageRequired: "Enter your message",
  formDateOfBirth: "Date of birth",
  formDateOfBirthHint: "The date of birth on the insurance policy, for example 27 3 1980.",
  formDateOfBirthRequired: "Enter the date of birth",
  formDateOfBirthInvalid: "Enter a real date of birth, not in the future",
  formInsurer: "Insurance company",
  formInsurerOther: "Another insurer",
  formInsurerPrompt: "Choose your insurer",
  formInsurerRequired: "Choose your insurance company",
  formMemberId: "Member ID",
  formMemberIdHint: "On the front of the insurance card; it may be called subscriber ID.",
  formMemberIdRequired: "Enter the member ID",
  formMemberIdInvalid: "Enter the member ID using only letters, digits, spaces and dashes",
  formGroupNumber: "Group number",
  formGroupNumberHint: "If the card shows one.",
  formConsentLegend: "Consent",
  formConsent: "I agree that you may use these details to check my insurance coverage and to contact me about it.",
  formConsentHint: "We use these details only to check your benefits with your insurer, and we keep them confidential.",
  formConsentRequired: "Tick the box to let us check your coverage",
  /** Buttons and confirmations, per form. */
  contactSubmit: "Send message",
  contactDoneTitle: "Thank you, your message is on its way",
  contactDoneText: "Our admissions team replies within one business day.",
  verifySubmit: "Verify my insurance",
  verifyDoneTitle: "Thank you, we are checking your coverage",
  verifyDoneText: "We will contact you within one business day with what your plan covers.",
  bookSubmit: "Send me the book",
  bookDoneTitle: "Thank you, your book is on its way",
  bookDoneText: "Check your inbox for an e-mail with the download link.",
} as const;
