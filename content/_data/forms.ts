import { defineForms } from "../../src/index.ts";

// The theme's forms as they are; this center's own consent wording is in eleventy.config.ts's labels, in English and Spanish.
export default defineForms({
  provider: { type: "custom", endpoint: "/api/forms/" },
});
