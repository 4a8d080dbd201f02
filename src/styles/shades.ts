import culori from "culori/require";
import { type BrandColors, contrastProblems } from "./contrast.ts";

const { clampChroma, formatHex, oklch } = culori;

/** The theme's own dark-mode link colour, used when a site sets neither `primary` nor `primaryDark`. */
export const THEME_PRIMARY_DARK = "#7fd6cf";

/** `hex` at another OKLCH lightness (0–1), same hue and chroma as far as sRGB allows, as `#rrggbb`. */
function atLightness(hex: string, lightness: number): string {
  return formatHex(clampChroma({ ...oklch(hex)!, l: lightness }, "oklch"));
}

/**
 * The shade of `brand[field]` with the same hue nearest in OKLCH lightness (steps of 0.01) that passes every
 * contrast check of that field (contrast.ts), or undefined when no lightness does.
 */
export function nearestPassingShade(brand: BrandColors, field: keyof BrandColors): string | undefined {
  const start = oklch(brand[field])!.l;
  for (let step = 0; step <= 100; step++) {
    for (const lightness of [start - step / 100, start + step / 100]) {
      if (lightness < 0 || lightness > 1) continue;
      const shade = atLightness(brand[field], lightness);
      if (!contrastProblems({ ...brand, [field]: shade }).some((p) => p.field === field)) return shade;
    }
  }
  return undefined;
}

/** A dark-mode link colour from the light one: its hue, lightened (OKLCH 0.8) to the nearest shade passing on the dark backgrounds. */
export function derivePrimaryDark(brand: Omit<BrandColors, "primaryDark">): string {
  const candidate = atLightness(brand.primary, 0.8);
  return nearestPassingShade({ ...brand, primaryDark: candidate }, "primaryDark") ?? THEME_PRIMARY_DARK;
}
