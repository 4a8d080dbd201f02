import { definePeople } from "../../src/index.ts";

// Fictional staff (licence numbers are placeholders, not real records); their portraits are illustrations drawn for the example (scripts/example-images.ts).
export default definePeople([
  {
    id: "priya-raman",
    name: "Priya Raman",
    credentials: "MD",
    jobTitle: "Medical Director",
    licences: [{ name: "Physician and Surgeon", number: "A 000001 (fictional)", region: "CA" }],
    bio: "Dr. Raman is a psychiatrist who reviews every article on this site for medical accuracy.",
    photo: { src: "/img/people/priya-raman.jpg", alt: "Illustrated portrait of Priya Raman, with long dark hair and a blue top" },
  },
  {
    id: "jordan-whitfield",
    name: "Jordan Whitfield",
    credentials: "MA, LMFT",
    jobTitle: "Family Therapist",
    licences: [{ name: "LMFT", number: "LMFT 000002 (fictional)", region: "CA" }],
    bio: "Jordan works with adults and families in individual and family therapy, and writes about mental health treatment for this site.",
    photo: { src: "/img/people/jordan-whitfield.jpg", alt: "Illustrated portrait of Jordan Whitfield, with short brown hair and a green top" },
  },
  {
    id: "marisol-ortega",
    name: "Marisol Ortega",
    credentials: "MSW, LCSW",
    jobTitle: "Clinical Social Worker",
    licences: [{ name: "LCSW", number: "LCSW 000003 (fictional)", region: "CA" }],
    bio: "Marisol coordinates admissions and aftercare planning, and helps families understand each step of treatment.",
    photo: { src: "/img/people/marisol-ortega.jpg", alt: "Illustrated portrait of Marisol Ortega, with her hair in a bun and a plum top" },
  },
]);
