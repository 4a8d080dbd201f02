import { isObject, type JsonNode, typesOf } from "./graph-read.ts";

/**
 * Every `{ "@id": … }` reference that no node on the page defines, as
 * `MedicalWebPage.breadcrumb: @id https://…#breadcrumb is not a node of the page's graph`.
 */
export function danglingReferences(nodes: JsonNode[]): string[] {
  const defined = new Set<unknown>();
  const references: { path: string; id: unknown }[] = [];
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) return value.forEach((item, i) => visit(item, `${path}[${i}]`));
    if (!isObject(value)) return;
    const keys = Object.keys(value);
    // An object holding only an @id points at a node; one with more properties is a node itself.
    if (keys.length === 1 && keys[0] === "@id") return void references.push({ path, id: value["@id"] });
    if ("@id" in value) defined.add(value["@id"]);
    for (const key of keys) if (!key.startsWith("@")) visit(value[key], `${path}.${key}`);
  };
  for (const node of nodes) visit(node, typesOf(node)[0] ?? "(node without @type)");
  return references
    .filter((reference) => !defined.has(reference.id))
    .map(({ path, id }) => `${path}: @id ${String(id)} is not a node of the page's graph`);
}
