import { dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import { writtenDateTime } from "../data/written-date.ts";
import escapeHtml from "escape-html";
import type { Site } from "../data/site-schema.ts";
import { absoluteUrl } from "../urls/site-urls.ts";
import type { ArticleCard } from "./catalog.ts";
import { localPath } from "../languages/page-language.ts";
import { fillLabel } from "../templates/fill-label.ts";
import type { Labels } from "../templates/labels.ts";
import { articlesPath, feedPath } from "./paths.ts";

// HTML's five escapes are XML's too.
const x = escapeHtml;
const rfc3339 = (written: string) => dateToRfc3339(new Date(writtenDateTime(written)));

/**
 * The Atom feed (RFC 4287) of the newest `limit` articles of one language (`cards`, `site` and `labels` in it) of the site at
 * `home` (its URL, ending in `/`): each entry's id and link are its absolute URL, `published` its `datePublished`,
 * `updated` its `dateModified`, `summary` its description.
 */
export function atomFeed(cards: ArticleCard[], site: Site, home: string, labels: Labels, limit = 20): string {
  const local = (path: string) => absoluteUrl(home, localPath(path, site.lang, site));
  const feedUrl = local(feedPath());
  const entries = cards.slice(0, limit);
  const updated = entries.reduce((newest, c) => (c.dateModified > newest ? c.dateModified : newest), entries[0]?.dateModified ?? "1970-01-01");
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(site.lang)}">`,
    `  <title>${x(fillLabel(labels.feedTitle, { organization: site.organization.name }))}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${x(feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(local(articlesPath()))}"/>`,
    `  <id>${x(feedUrl)}</id>`,
    `  <updated>${rfc3339(updated)}</updated>`,
    `  <author><name>${x(site.organization.name)}</name><uri>${x(home)}</uri></author>`,
    ...entries.map((c) => entry(c, home)),
    `</feed>`,
  ];
  return `${lines.join("\n")}\n`;
}

function entry(card: ArticleCard, home: string): string {
  const url = absoluteUrl(home, card.url);
  return [
    `  <entry>`,
    `    <title>${x(card.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${x(url)}"/>`,
    `    <id>${x(url)}</id>`,
    `    <published>${rfc3339(card.date)}</published>`,
    `    <updated>${rfc3339(card.dateModified)}</updated>`,
    ...card.authorNames.map((name) => `    <author><name>${x(name)}</name></author>`),
    ...card.topics.map((t) => `    <category term="${x(t.slug)}" label="${x(t.name)}"/>`),
    `    <summary>${x(card.description)}</summary>`,
    `  </entry>`,
  ].join("\n");
}
