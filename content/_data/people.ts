import { definePeople } from "../../src/index.ts";

// Fictional staff; their portraits are illustrations drawn for the example (scripts/example-images.ts).
export default definePeople([
  {
    id: "priya-raman",
    name: "Priya Raman",
    credentials: "MD",
    jobTitle: "Medical Director",
    bio: "Dr. Raman is a psychiatrist who reviews every article on this site for medical accuracy.",
    photo: { src: "/img/people/priya-raman.jpg", alt: "Illustrated portrait of Priya Raman, with long dark hair and a blue top" },
  },
  {
    id: "jordan-whitfield",
    name: "Jordan Whitfield",
    credentials: "MA, LMFT",
    jobTitle: "Family Therapist",
    photo: { src: "/img/people/jordan-whitfield.jpg", alt: "Illustrated portrait of Jordan Whitfield, with short brown hair and a green top" },
  },
  {
    id: "marisol-ortega",
    name: "Marisol Ortega",
    credentials: "MSW, LCSW",
    jobTitle: "Clinical Social Worker",
    photo: { src: "/img/people/marisol-ortega.jpg", alt: "Illustrated portrait of Marisol Ortega, with her hair in a bun and a plum top" },
  },
]);
