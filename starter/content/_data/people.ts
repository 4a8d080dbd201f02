import { definePeople } from "eleventy-theme-haven";

// Your team: articles name a person by id as author or reviewedBy, and each person gets a profile page.
export default definePeople([
  {
    id: "alex-example",
    name: "Alex Example",
    credentials: "MD",
    jobTitle: "Medical Director",
    licences: [{ name: "Physician and Surgeon", number: "A 000000", region: "CA" }],
    bio: "Replace this with Alex's biography: training, experience and what they treat.",
  },
]);
