import { defineForms } from "../../src/index.ts";

// The theme's forms with this center's own copy; every other field and message is the theme's default.
export default defineForms({
  provider: { type: "custom", endpoint: "/api/forms/" },
  forms: {
    "verify-insurance": {
      fields: [
        {
          name: "consent",
          label: "I agree that Cedar Hollow Recovery may use these details to check my insurance coverage and to contact me about it.",
          hint: "Cedar Hollow Recovery uses these details only to check your benefits with your insurer. We keep them confidential, as the law requires for health information, and never sell or share them for marketing.",
        },
      ],
    },
  },
});
