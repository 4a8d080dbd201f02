import culori from "culori/require";
import { z } from "zod";
import { contrastProblems } from "../styles/contrast.ts";
import { derivePrimaryDark, nearestPassingShade, THEME_PRIMARY_DARK } from "../styles/shades.ts";

const { parse } = culori;

const HEX = /^#[0-9a-fA-F]{6}$/;
const color = z.string().regex(HEX, { error: "Expected a hex colour like #0f5f5c" }).refine((c) => !!parse(c));

/**
 * Brand colours, checked for WCAG AA contrast against every background the theme puts them on. A site that sets
 * only `primary` gets a dark-mode colour derived from it; a failing colour's message names the nearest passing shade.
 */
export const brandSchema = z
  .strictObject({
    /** Links, buttons and focus rings on light backgrounds, e.g. `#0f5f5c`. */
    primary: color.optional(),
    /** The same role in dark mode, e.g. `#7fd6cf`; derived from `primary` (same hue, contrast-checked) when left out. */
    primaryDark: color.optional(),
    /** Crisis-notice background in light mode, e.g. `#fff4d6`. */
    highlight: color.default("#fff1c7"),
    /** Crisis-notice background in dark mode, e.g. `#3a3218`. */
    highlightDark: color.default("#3a3218"),
  })
  .transform((input, ctx) => {
    const primary = input.primary ?? "#0f5f5c";
    const brand = { ...input, primary, primaryDark: input.primaryDark ?? (input.primary ? derivePrimaryDark({ ...input, primary }) : THEME_PRIMARY_DARK) };
    for (const { field, message } of contrastProblems(brand)) {
      const shade = nearestPassingShade(brand, field);
      ctx.addIssue({ code: "custom", path: [field], message: shade ? `${message}; the nearest passing shade of the same hue is ${shade}` : message });
    }
    return brand;
  });

/** Validated brand colours. */
export type Brand = z.output<typeof brandSchema>;
