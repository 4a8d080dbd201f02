import { defineInsurers } from "../../src/index.ts";

// Real insurers' logos are trademarks: they get text badges. The two fictional plans show logos drawn for the example.
export default defineInsurers([
  { name: "Harborline Health", logo: { src: "/img/insurers/harborline-health.svg" } },
  { name: "Sierra Mutual", logo: { src: "/img/insurers/sierra-mutual.png" }, note: "PPO plans only" },
  { name: "Cigna" },
  { name: "BlueCross BlueShield" },
  { name: "Magellan Health" },
  { name: "Aetna" },
  { name: "Anthem" },
  { name: "Beacon Health Options" },
]);
