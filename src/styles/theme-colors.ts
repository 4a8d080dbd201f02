/**
 * The theme's own colours, light and dark: the one place they are written. The stylesheet gets them as
 * custom properties (`--bg`, `--surface`, …) and the contrast check measures brand colours against them.
 */
export const THEME_COLORS = {
  light: { bg: "#ffffff", surface: "#f3f5f7", text: "#1b1f23", muted: "#4a5560", line: "#c9d1d9", "on-accent": "#ffffff", error: "#b3261e" },
  dark: { bg: "#121417", surface: "#1d2126", text: "#e8eaed", muted: "#b4bcc4", line: "#3b434c", "on-accent": "#121417", error: "#ffb4ab" },
} as const;

const declarations = (colors: Record<string, string>) =>
  Object.entries(colors)
    .map(([name, value]) => `--${name}:${value}`)
    .join(";");

/** The theme colours as the custom properties base.css reads, dark ones under `prefers-color-scheme: dark`. */
export const THEME_PROPERTIES = `:root{${declarations(THEME_COLORS.light)}}@media (prefers-color-scheme:dark){:root{${declarations(THEME_COLORS.dark)}}}`;
