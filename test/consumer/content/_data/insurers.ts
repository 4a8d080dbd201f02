import { defineInsurers } from "eleventy-theme-haven";

export default defineInsurers([{ name: "Pacific Example Health" }, { name: "Example Mutual", note: "PPO plans" }]);
