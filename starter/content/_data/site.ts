import { defineSite } from "eleventy-theme-haven";

// Replace every value with your organization's own. 555-01xx numbers are reserved for fiction.
export default defineSite({
  url: "https://www.example.org",
  lang: "en-US",
  organization: {
    type: "MedicalClinic",
    name: "Example Health Clinic",
    address: { street: "100 Example Street", locality: "Springfield", region: "CA", postalCode: "90000", country: "US" },
    hours: [{ days: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], opens: "09:00", closes: "17:00" }],
  },
  phones: { call: "+12025550100", text: "+12025550101" },
  navigation: [
    { label: "Articles", href: "/articles/" },
    { label: "Our team", href: "/people/" },
  ],
  crisisLine: {
    phone: "988",
    message: "If you are in crisis or thinking about suicide, call or text 988 to reach the 988 Suicide & Crisis Lifeline, any time of day.",
  },
  home: {
    intro: "Example Health Clinic offers outpatient care. Replace this introduction with who you help and how.",
  },
});
