/**
 * Where the desktop layout starts: the full one-row header and the TOC beside the article; below it the
 * Menu disclosure and the action bar. The stylesheet gets it as `@custom-media --desktop`, the TOC script as is.
 */
export const DESKTOP_MEDIA = "(min-width: 80em)";

/** The custom media rule every theme stylesheet can use. */
export const CUSTOM_MEDIA = `@custom-media --desktop ${DESKTOP_MEDIA};\n`;
