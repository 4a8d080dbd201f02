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
    { label: "Articles", href: "/articles/" },
    { label: "Topics", href: "/topics/" },
    { label: "Our team", href: "/people/" },
    { label: "Locations", href: "/locations/" },
    { label: "Contact", href: "/contact/" },
  ],
  home: {
    title: "Cedar Hollow Recovery",
    intro: "Cedar Hollow Recovery treats addiction and mental health conditions for adults in Orange County, with detox, outpatient programs and family support. Every article on this site is reviewed by our medical team.",
    action: { label: "Verify my insurance", href: "/verify-insurance/" },
  },
  locations: [
    {
      id: "tustin",
      name: "Cedar Hollow Recovery, Tustin",
      description: "Our main center: admissions, medical detox and outpatient programs.",
      address: { street: "1400 Example Parkway, Suite 200", locality: "Tustin", region: "CA", postalCode: "92780", country: "US" },
      hours: [
        { days: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], opens: "08:00", closes: "20:00" },
        { days: ["Saturday"], opens: "09:00", closes: "14:00" },
      ],
      phones: { call: "+17145550123", text: "+17145550147" },
    },
    {
      id: "irvine",
      name: "Cedar Hollow Recovery, Irvine",
      description: "Outpatient therapy and family sessions, by appointment.",
      address: { street: "88 Sample Court, Suite 4", locality: "Irvine", region: "CA", postalCode: "92614", country: "US" },
      hours: [{ days: ["Monday", "Tuesday", "Wednesday", "Thursday"], opens: "10:00", closes: "19:00" }],
      phones: { call: "+19495550158" },
      insurers: ["Cigna", "Aetna", "Anthem"],
    },
  ],
  crisisLine: {
    phone: "988",
    message: "If you are in crisis or thinking about suicide, call or text 988 to reach the 988 Suicide & Crisis Lifeline, any time of day.",
  },
});
