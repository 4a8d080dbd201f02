import { defineSite } from "../../src/index.ts";

// A fictional treatment center; 555-01xx numbers are reserved for fiction.
export default defineSite({
  url: "https://www.cedarhollow.example",
  lang: "en-US",
  organization: {
    type: "MedicalClinic",
    name: "Cedar Hollow Recovery",
    address: {
      street: "1400 Example Parkway, Suite 200",
      locality: "Tustin",
      region: "CA",
      postalCode: "92780",
      country: "US",
    },
    hours: [
      { days: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], opens: "08:00", closes: "20:00" },
      { days: ["Saturday"], opens: "09:00", closes: "14:00" },
    ],
  },
  phones: { call: "+17145550123", text: "+17145550147" },
  navigation: [
    { label: "Articles", href: "/" },
    { label: "About us", href: "/about/" },
    { label: "Contact", href: "/contact/" },
  ],
  crisisLine: {
    phone: "988",
    message: "If you are in crisis or thinking about suicide, call or text 988 to reach the 988 Suicide & Crisis Lifeline, any time of day.",
  },
});
