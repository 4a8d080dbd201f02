// Eleventy 3 ships no TypeScript declarations; this is the part of its programmatic API the scripts use.
declare module "@11ty/eleventy" {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: { configPath?: string; quietMode?: boolean; config?: (eleventyConfig: any) => unknown });
    disableLogger(): void;
    write(): Promise<unknown>;
    /** Renders every page without writing: `[{ url, inputPath, outputPath, content }]`. */
    toJSON(): Promise<unknown[]>;
  }
  /** Eleventy's HTML `<base>` plugin: adds `pathPrefix` to the URLs of every HTML page it writes. */
  export const HtmlBasePlugin: (eleventyConfig: object, options?: object) => void;
}
