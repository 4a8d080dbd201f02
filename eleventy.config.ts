import haven from "./src/index.ts";

/** The example site: configured exactly as a site that installed Haven from npm would be. */
export default function (eleventyConfig: Parameters<typeof haven>[0]) {
  eleventyConfig.addPlugin(haven, {
    articlesDir: "articles",
    pageSize: 5,
    // This center's own consent wording, in each of its languages (any label can be changed this way).
    labels: {
      en: {
        formConsent: "I agree that {organization} may use these details to check my insurance coverage and to contact me about it.",
        formConsentHint:
          "{organization} uses these details only to check your benefits with your insurer. We keep them confidential, as the law requires for health information, and never sell or share them for marketing.",
      },
      es: {
        formConsent: "Acepto que {organization} use estos datos para verificar la cobertura de mi seguro y para comunicarse conmigo al respecto.",
        formConsentHint:
          "{organization} usa estos datos solo para verificar sus beneficios con su aseguradora. Los mantenemos confidenciales, como exige la ley para la información de salud, y nunca los vendemos ni los compartimos con fines de mercadeo.",
      },
    },
  });
}

export const config = {
  dir: { input: "content", includes: "_includes", layouts: "_layouts", data: "_data" },
  markdownTemplateEngine: "njk",
  htmlTemplateEngine: "njk",
  templateFormats: ["md", "njk"],
};
