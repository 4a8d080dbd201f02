import { defineInsurers } from "../../src/index.ts";

// No logos: insurer logos are trademarks, so the example site shows text badges.
export default defineInsurers([
  { name: "Cigna" },
  { name: "BlueCross BlueShield" },
  { name: "Magellan Health" },
  { name: "Aetna" },
  { name: "Anthem" },
  { name: "Beacon Health Options" },
]);
