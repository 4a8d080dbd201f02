import { parse } from "culori";
import { z } from "zod";
import { contrastProblems } from "../styles/contrast.ts";

const HEX = /^#[0-9a-fA-F]{6}$/;
const color = z.string().regex(HEX, { error: "Expected a hex colour like #0f5f5c" }).refine((c) => !!parse(c));

/** Brand colours, checked for WCAG AA contrast against every background the theme puts them on. */
export const brandSchema = z
  .strictObject({
    /** Links, buttons and focus rings on light backgrounds, e.g. `#0f5f5c`. */
    primary: color.default("#0f5f5c"),
    /** The same role in dark mode, e.g. `#7fd6cf`. */
    primaryDark: color.default("#7fd6cf"),
    /** Crisis-notice background in light mode, e.g. `#fff4d6`. */
    highlight: color.default("#fff1c7"),
    /** Crisis-notice background in dark mode, e.g. `#3a3218`. */
    highlightDark: color.default("#3a3218"),
  })
  .superRefine((brand, ctx) => {
    if (!Object.values(brand).every((c) => HEX.test(c))) return; // zod still refines after a field failed
    for (const { field, message } of contrastProblems(brand)) ctx.addIssue({ code: "custom", path: [field], message });
  });

/** Validated brand colours. */
export type Brand = z.output<typeof brandSchema>;
