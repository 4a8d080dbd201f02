/** The message of a thrown value: an Error's `message`, anything else as a string (a rejected promise may carry any value). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
