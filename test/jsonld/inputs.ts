import { articleSchema } from "../../src/data/article-schema.ts";
import { insurersSchema } from "../../src/data/insurers-schema.ts";
import { siteSchema } from "../../src/data/site-schema.ts";
import type { SiteImage } from "../../src/jsonld/image.ts";
import { articleCredits, type PageFacts } from "../../src/seo/page-facts.ts";

/** A small site with every optional organization field set; the trailing slash is dropped by the schema. */
export const site = siteSchema.parse({
  url: "https://clinic.example/",
  lang: "en-GB",
  organization: {
    type: "MedicalClinic",
    name: "Example Clinic",
    logo: { src: "/img/logo.png", alt: "Example Clinic" },
    address: { street: "1 Main Street", locality: "Springfield", region: "CA", postalCode: "90000", country: "US" },
    hours: [{ days: ["Monday", "Tuesday"], opens: "09:00", closes: "17:00" }],
    sameAs: ["https://www.linkedin.com/company/example-clinic"],
  },
  phones: { call: "+17145550123", text: "+17145550147" },
  crisisLine: { phone: "988", message: "Call or text 988." },
});

export const insurers = insurersSchema.parse([{ name: "Aetna", note: "PPO plans only" }, { name: "Cigna" }]);

/** A health article's front matter with an image, sources, FAQ, about and audience. */
export const article = articleSchema.parse({
  title: "Understanding Detox",
  description: "What happens in detox.",
  datePublished: "2026-01-12",
  dateModified: "2026-02-20",
  lastReviewed: "2026-02-01",
  category: "Addiction",
  about: ["Alcohol withdrawal"],
  audience: "Patients and families",
  author: { name: "Jordan Lee", credentials: "MA, LMFT" },
  reviewedBy: { name: "Priya Raman", credentials: "MD", url: "/about/#medical-team" },
  image: { src: "/img/detox.jpg", alt: "A quiet room" },
  faq: [
    { question: "How long is detox?", answer: "Usually *3 to 7* days." },
    { question: "Is it covered?", answer: "Often. [Check yours](/verify-insurance/)." },
  ],
  sources: [{ title: "Alcohol withdrawal", publisher: "NIAAA", url: "https://www.niaaa.nih.gov/x", year: 2024 }],
});

export const articlePage: PageFacts = {
  path: "/articles/detox/",
  home: "https://clinic.example/",
  url: "https://clinic.example/articles/detox/",
  title: article.title,
  description: article.description,
  noindex: false,
  article,
  credits: articleCredits(article, []),
  trail: [{ name: "Home", url: "/" }, { name: article.title }],
};

export const plainPage: PageFacts = {
  path: "/about/",
  home: "https://clinic.example/",
  url: "https://clinic.example/about/",
  title: "About us",
  description: "Who we are.",
  noindex: false,
};

/** Stands in for the image pipeline: each source is "published" as a 1200 × 630 file named after it. */
export const imageFile = (src: string): SiteImage => ({ src: src.replace(/\.\w+$/, "-1200.jpeg"), width: 1200, height: 630 });
