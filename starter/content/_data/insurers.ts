import { defineInsurers } from "eleventy-theme-haven";

// The insurers you are in network with; each gets a text badge unless you give it a logo file.
export default defineInsurers([{ name: "Example Health Plan" }]);
