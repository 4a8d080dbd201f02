import { defineSite } from "eleventy-theme-haven";

export default defineSite({
  url: "https://www.riverbend-clinic.example",
  lang: "en-US",
  organization: {
    type: "MedicalOrganization",
    name: "Riverbend Behavioral Clinic",
    address: { street: "22 Example Street", locality: "Springfield", region: "OR", postalCode: "97477", country: "US" },
    hours: [{ days: ["Monday", "Tuesday", "Wednesday", "Thursday"], opens: "09:00", closes: "17:00" }],
  },
  phones: { call: "+15415550188", text: "+15415550189" },
  navigation: [{ label: "Guides", href: "/" }],
  crisisLine: { phone: "988", message: "In crisis? Call or text 988, any time." },
  brand: { primary: "#7a2e0e" },
});
