import type { IncomingMessage, ServerResponse } from "node:http";
import type { Environment } from "nunjucks";

/** The part of Eleventy's config API Haven uses (Eleventy 3 ships no TypeScript types of its own). */
export interface UserConfig {
  directories: { input: string; includes: string; layouts?: string; data: string; output: string };
  /** Eleventy's `pathPrefix` (e.g. `/clinic/`), set before plugins run. */
  pathPrefix?: string;
  /** Whether a plugin (or a plugin package name such as `@11ty/eleventy/html-base-plugin`) was added. */
  hasPlugin?(plugin: string): boolean;
  addPlugin<T>(plugin: (config: UserConfig, options: T) => void, options?: T): void;
  addLayoutAlias(from: string, to: string): void;
  /** Throws when the running Eleventy is outside a semver range, e.g. `>=3.0.0`. */
  versionCheck(range: string): void;
  addWatchTarget(path: string): void;
  addDataExtension(ext: string, options: { read: false; parser: (file: string) => Promise<unknown> }): void;
  addFilter(name: string, fn: (this: FilterContext, ...args: any[]) => unknown): void;
  addShortcode(name: string, fn: (this: FilterContext, ...args: any[]) => unknown): void;
  addPassthroughCopy(paths: string | Record<string, string>): void;
  addTemplate(path: string, content: string, data?: Record<string, unknown>): void;
  /** Runs before a template of those extensions (e.g. `"md"`) compiles; a returned string replaces its body, `undefined` keeps it. */
  addPreprocessor(name: string, extensions: string, fn: (data: Record<string, unknown>, body: string) => string | false | undefined): void;
  addTransform(name: string, fn: (this: FilterContext, content: string) => unknown): void;
  addGlobalData(name: string, value: unknown): void;
  addCollection(name: string, fn: (api: { getAll(): unknown[] }) => unknown): void;
  addNunjucksGlobal(name: string, value: unknown): void;
  setLibrary(name: string, library: unknown): void;
  setFrontMatterParsingOptions(options: { engines: Record<string, (source: string) => object> }): void;
  setServerOptions(options: { middleware?: ((req: IncomingMessage, res: ServerResponse, next: () => void) => unknown)[] }): void;
  on(event: "eleventy.engine.njk", handler: (arg: { environment: Environment }) => void): void;
  on(event: "eleventy.before" | "eleventy.after", handler: (arg: EleventyEvent) => unknown): void;
}

/** What Eleventy hands `eleventy.before` and `eleventy.after` listeners. */
export interface EleventyEvent {
  directories: { input: string; includes: string; layouts?: string; data: string; output: string };
  runMode: "build" | "watch" | "serve";
  incremental: boolean;
  results?: { inputPath: string; outputPath: string | false; url: string; content: string }[];
}

/** `this` inside an Eleventy filter or shortcode. */
export interface FilterContext {
  page: { inputPath: string; url: string; outputPath: string | false };
  /** The page's full data; set for Nunjucks shortcodes and filters. */
  ctx?: Record<string, unknown>;
}
