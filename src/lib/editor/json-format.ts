/**
 * How the editor writes a JSON file: `JSON.stringify(data, null, 2)` (Decap adds the final newline), with every
 * object's keys in the order of its fields in the editor's configuration, which is the schema's order.
 *
 * Decap's own `json` format writes keys in the order Decap holds them, and Decap holds an entry in Immutable.js
 * maps, which keep insertion order only up to 8 keys: settings.json, links.json and the interface words would come
 * back in hash order after any edit. This format, registered on the admin page under {@link jsonFormatName} before
 * Decap starts, puts them back in the schema's order. It runs in the browser: no Node, no Zod.
 *
 * Decap's `toFile(data, sortedKeys)` passes the names of the file's top-level fields, not the file: the file is
 * the one of the configuration with those fields whose fields hold every key of the data (the three forms, whose
 * fields are the same, are interchangeable).
 */

/** The name of the format, as the file collections' `format` says it. */
export const jsonFormatName = "json-in-field-order";

/** What the format reads of a field: its name and the fields of its object, its list's items or its one item. */
export interface OrderedField {
  name: string;
  fields?: OrderedField[];
  field?: { fields?: OrderedField[] };
}

/** What the format reads of the configuration: the files of the collections that use it. */
export interface OrderedConfig {
  collections: { format?: string; files?: { fields: OrderedField[] }[] }[];
}

/** A Decap format (`CMS.registerCustomFormat(name, extension, format)`). */
export interface EditorFormat {
  fromFile(content: string): unknown;
  toFile(data: unknown, sortedKeys?: string[]): string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** The fields of what a field holds: an object's, or each item's of a list. */
const inner = (field: OrderedField | undefined) => field?.fields ?? field?.field?.fields;

/** The value with each object's keys in its fields' order; keys without a field keep their order, after them. */
export function inFieldOrder(value: unknown, fields: OrderedField[] | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => inFieldOrder(item, fields));
  if (!isObject(value)) return value;
  const known = (fields ?? []).filter((field) => field.name in value);
  const names = new Set(known.map((field) => field.name));
  const ordered: Record<string, unknown> = {};
  for (const field of known) ordered[field.name] = inFieldOrder(value[field.name], inner(field));
  for (const [key, item] of Object.entries(value)) if (!names.has(key)) ordered[key] = item;
  return ordered;
}

/** Whether every key of the value, at every depth, is one of the fields there. */
function fits(value: unknown, fields: OrderedField[] | undefined): boolean {
  if (Array.isArray(value)) return value.every((item) => fits(item, fields));
  if (!isObject(value)) return true;
  return Object.entries(value).every(([key, item]) => {
    const field = fields?.find((candidate) => candidate.name === key);
    return field !== undefined && fits(item, inner(field));
  });
}

/** The format for the files of this configuration. */
export function jsonInFieldOrder(config: OrderedConfig): EditorFormat {
  const files = config.collections
    .filter((collection) => collection.format === jsonFormatName)
    .flatMap((collection) => collection.files ?? []);
  const fieldsFor = (data: unknown, sortedKeys: string[]) => {
    const same = files.filter(({ fields }) => fields.map((field) => field.name).join("\n") === sortedKeys.join("\n"));
    return (same.find(({ fields }) => fits(data, fields)) ?? same[0])?.fields ?? sortedKeys.map((name) => ({ name }));
  };
  return {
    fromFile: (content) => JSON.parse(content),
    toFile: (data, sortedKeys = []) => JSON.stringify(inFieldOrder(data, fieldsFor(data, sortedKeys)), null, 2),
  };
}
