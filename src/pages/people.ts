import type { PersonEntry } from "../data/people-schema.ts";
import type { ArticleCard } from "./catalog.ts";
import type { PageLanguage } from "./language.ts";
import type { GeneratedPage } from "./model.ts";
import { peoplePath, personPath } from "./paths.ts";

/** What a profile page shows: the person, their bio as HTML, their licences and articles. */
export interface PersonView {
  person: PersonEntry;
  bioHtml: string;
  licences: string[];
  written: ArticleCard[];
  reviewed: ArticleCard[];
}

/** What the team index shows. */
export interface PeopleView {
  people: { name: string; credentials?: string; jobTitle?: string; url: string }[];
}

/**
 * The team index at `/people/` and a profile page per person, listing what they wrote and reviewed (`cards`: in
 * every language). In the language `l`, the default: names, job titles and bios are site data written once.
 */
export function peoplePages(l: PageLanguage, people: readonly PersonEntry[], cards: ArticleCard[], markdown: (text: string) => string): GeneratedPage[] {
  if (!people.length) return [];
  const index: GeneratedPage<PeopleView> = {
    kind: "person",
    url: peoplePath(),
    translationKey: "haven:people",
    title: l.text("people"),
    description: `${l.text("people")}: ${people.map((p) => p.name).join(", ")}.`,
    noindex: false,
    parents: [],
    schemaType: "CollectionPage",
    view: { people: people.map((p) => ({ name: p.name, credentials: p.credentials, jobTitle: p.jobTitle, url: personPath(p.id) })) },
  };
  const parents = [{ name: l.text("people"), url: peoplePath() }];
  const profiles = people.map(
    (person): GeneratedPage<PersonView> => ({
      kind: "person",
      url: personPath(person.id),
      title: person.credentials ? `${person.name}, ${person.credentials}` : person.name,
      description: person.jobTitle ? l.text("personDescription", { name: person.name, jobTitle: person.jobTitle }) : l.text("personDescriptionNoTitle", { name: person.name }),
      noindex: false,
      parents,
      schemaType: "ProfilePage",
      mainEntity: { type: "person", id: person.id },
      view: {
        person,
        bioHtml: person.bio ? markdown(person.bio) : "",
        licences: person.licences.map(({ name, number, region }) => l.text("licence", { name, number, region })),
        written: cards.filter((c) => c.authorIds.includes(person.id)),
        reviewed: cards.filter((c) => c.reviewerIds.includes(person.id)),
      },
    }),
  );
  return [index, ...profiles];
}
