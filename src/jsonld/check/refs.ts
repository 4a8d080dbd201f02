import { isObject, type JsonNode, typesOf } from "./read.ts";

/**
 * Every `{ "@id": … }` reference that no node on the page defines, as
 * `MedicalWebPage.breadcrumb: @id https://…#breadcrumb is not a node of the page's graph`.
 */
export function danglingReferences(nodes: JsonNode[]): string[] {
  const defined = new Set<unknown>();
  const references: { path: string; id: unknown }[] = [];
  // The path being visited, as the node's type then keys and indexes; written out only for a reference.
  const at: (string | number)[] = [];
  const path = () => at.map((step, i) => (i === 0 ? step : typeof step === "number" ? `[${step}]` : `.${step}`)).join("");
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach((item, i) => inside(i, item));
    if (!isObject(value)) return;
    const keys = Object.keys(value);
    // An object holding only an @id points at a node; one with more properties is a node itself.
    if (keys.length === 1 && keys[0] === "@id") return void references.push({ path: path(), id: value["@id"] });
    if ("@id" in value) defined.add(value["@id"]);
    for (const key of keys) if (!key.startsWith("@")) inside(key, value[key]);
  };
  const inside = (step: string | number, value: unknown) => {
    at.push(step);
    visit(value);
    at.pop();
  };
  for (const node of nodes) inside(typesOf(node)[0] ?? "(node without @type)", node);
  return references
    .filter((reference) => !defined.has(reference.id))
    .map(({ path, id }) => `${path}: @id ${String(id)} is not a node of the page's graph`);
}
