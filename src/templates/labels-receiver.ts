/**
 * The receiver's answers to a post it cannot take, in English: part of the labels table (`labels.ts`). They reach a
 * visitor as the no-JS page's text and as the JSON `message` the form script shows; `{name}` is filled by `fillLabel`.
 */
export const RECEIVER_LABELS = {
  /** Title of the receiver's page when it has no page of the site to show. */
  receiverNotSent: "The form could not be sent",
  receiverServerError: "Something went wrong on our side; nothing was stored. Please try again.",
  receiverBusy: "The form could not be stored just now; nothing was stored. Please try again in a moment.",
  receiverNotFound: "There is no form at this address.",
  /** `{forms}`: the form ids, comma-separated. */
  receiverUnknownForm: "There is no such form. The forms are {forms}.",
  receiverMethodNotAllowed: "Forms are sent with POST.",
  receiverUnsupportedType: "The form arrived in a format the receiver cannot read.",
  /** `{bytes}`: the largest body accepted. */
  receiverTooLarge: "The form is too long to send (at most {bytes} bytes). Shorten the longest answer and try again.",
  receiverBadBody: "The form's data could not be read. Please try again.",
  receiverBadRequest: "The address the form was sent to is not valid.",
} as const;
