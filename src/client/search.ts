/**
 * The search page's client: on the first search it loads Pagefind's script (which fetches its
 * WebAssembly and the index chunks it needs), then lists results as links with excerpts and
 * announces their count in the page's live region. Nothing is fetched until the visitor searches;
 * the query never goes into the URL or storage.
 */
import { IDS } from "../templates/ids.ts";

interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindFragment> }[] } | null>;
}

/** Results shown at once: enough for a phone screen or two, each fetched only when shown. */
const SHOWN = 10;
/** Wait after the last keystroke before searching, in ms. */
const TYPING_PAUSE = 300;

const form = document.querySelector<HTMLFormElement>("form[data-haven-search]");
if (form) enhance(form);

function enhance(form: HTMLFormElement): void {
  const input = form.elements.namedItem("q") as HTMLInputElement;
  const status = document.getElementById(IDS.searchStatus)!;
  const results = document.getElementById(IDS.searchResults)!;
  results.replaceChildren();
  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= import(form.dataset.pagefind!).then(async (api: Pagefind) => {
      await api.options({ baseUrl: form.dataset.base, excerptLength: 24 });
      return api;
    }));
  let latest = 0;
  async function run(query: string): Promise<void> {
    const id = ++latest;
    if (!query.trim()) return show(id, [], "");
    status.textContent = label("searching");
    try {
      const found = await (await load()).search(query);
      const shown = await Promise.all((found?.results ?? []).slice(0, SHOWN).map((r) => r.data()));
      show(id, shown, countText(found?.results.length ?? 0, query));
    } catch {
      pagefind = undefined; // a failed download is tried again on the next search
      show(id, [], label("failed"));
    }
  }
  /** A label from the form's data attributes (the theme's labels table, `src/templates/labels.ts`), `{name}`s filled in. */
  function label(key: string, values: Record<string, string | number> = {}): string {
    return (form.dataset[`label${key[0].toUpperCase()}${key.slice(1)}`] ?? "").replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ""));
  }
  function countText(count: number, query: string): string {
    const key = count === 0 ? "none" : count === 1 ? "one" : count > SHOWN ? "more" : "many";
    return label(key, { count, query: query.trim(), shown: SHOWN });
  }
  function show(id: number, shown: PagefindFragment[], text: string): void {
    if (id !== latest) return; // a later search has started
    results.replaceChildren(...(shown.length ? [resultList(shown)] : []));
    status.textContent = text;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), TYPING_PAUSE);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(input.value);
  });
  // A query sent without JavaScript (or a shared link): search it, then take it out of the address bar.
  const sent = new URLSearchParams(location.search).get("q");
  if (sent) {
    input.value = sent;
    history.replaceState(null, "", location.pathname);
    void run(sent);
  }
}

function resultList(shown: PagefindFragment[]): HTMLOListElement {
  const list = document.createElement("ol");
  list.className = "search-result-list";
  for (const result of shown) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = result.url;
    link.textContent = result.meta.title || result.url;
    const excerpt = document.createElement("p");
    excerpt.append(...excerptNodes(result.excerpt));
    item.append(link, excerpt);
    list.append(item);
  }
  return list;
}

/** Pagefind's excerpt as text with its `<mark>`s kept: parsed in an inert document, every other tag reduced to its text. */
function excerptNodes(html: string): Node[] {
  const body = new DOMParser().parseFromString(html, "text/html").body;
  return Array.from(body.childNodes, (node) => {
    if (node.nodeName !== "MARK") return document.createTextNode(node.textContent ?? "");
    const mark = document.createElement("mark");
    mark.textContent = node.textContent;
    return mark;
  });
}
