import culori from "culori/require";
import { THEME_COLORS } from "./theme-colors.ts";

const { wcagContrast } = culori;

/** Brand colours a site sets; the theme's own neutrals are fixed. */
export interface BrandColors {
  primary: string;
  primaryDark: string;
  highlight: string;
  highlightDark: string;
}

type Field = keyof BrandColors;

const LIGHT = THEME_COLORS.light;
const DARK = THEME_COLORS.dark;

/** Where the theme puts a brand colour: the field it is reported on, the other colour, and the WCAG AA minimum. */
const PAIRINGS: { field: Field; with: Field | `#${string}`; minimum: number; use: string }[] = [
  { field: "primary", with: LIGHT.bg, minimum: 4.5, use: "links and white button text on the page" },
  { field: "primary", with: LIGHT.surface, minimum: 4.5, use: "links on call-out backgrounds" },
  { field: "primary", with: "highlight", minimum: 4.5, use: "links on the crisis notice" },
  { field: "primaryDark", with: DARK.bg, minimum: 4.5, use: "links and button text in dark mode" },
  { field: "primaryDark", with: DARK.surface, minimum: 4.5, use: "links on dark call-out backgrounds" },
  { field: "primaryDark", with: "highlightDark", minimum: 4.5, use: "links on the dark crisis notice" },
  { field: "highlight", with: LIGHT.text, minimum: 4.5, use: "text on the crisis notice" },
  { field: "highlightDark", with: DARK.text, minimum: 4.5, use: "text on the dark crisis notice" },
];

/** Every place a brand colour falls below WCAG AA contrast, as `{ field, message }`. */
export function contrastProblems(brand: BrandColors): { field: Field; message: string }[] {
  return PAIRINGS.flatMap(({ field, with: other, minimum, use }) => {
    const against = other.startsWith("#") ? other : brand[other as Field];
    const ratio = wcagContrast(brand[field], against);
    if (ratio >= minimum) return [];
    return [{ field, message: `contrast ${ratio.toFixed(2)}:1 against ${against} (${use}) is below WCAG AA ${minimum}:1` }];
  });
}
