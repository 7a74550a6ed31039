/**
 * Decap fields from a Zod 4 schema: one field for each key of an object, in the schema's order, with its widget,
 * whether it is required, its pattern, choices and limits, its label and its hint.
 *
 * - Text is a `string` widget (a `text` area when the schema's metadata says `multiline`); its checks become one
 *   `pattern` (patterns.ts). A date (`z.coerce.date()`, `z.iso.date()`) is text written YYYY-MM-DD: Decap's date
 *   widget can rewrite a value the manager did not touch.
 * - Numbers stay numbers: a `number` widget, whole (`value_type: int`) when the schema says so. Its limits are
 *   `min`/`max`, except where it may be null (Decap refuses a null below `min`) or must be one of a few numbers:
 *   there a pattern says the same.
 * - A choice of words (`z.enum`, string literals) is a `select`; yes or no is a `boolean`.
 * - A list of objects is a `list` with `fields` and a `summary`; a list of single values has one `field`.
 * - An object is an `object` widget; a map (`z.record`) is an object with one field for each key it holds now:
 *   the manager edits what is there, a developer adds keys.
 * - A union of objects (an email's blocks) has no Decap equivalent without a type key in the content: it is one
 *   object whose fields are all optional, with a hint to fill in one; the build checks the rest.
 *
 * A field is required only if the schema requires it and everything around it is required: Decap checks the
 * fields of an optional object even when the object is absent.
 */
import type { z } from "astro/zod";
import { dateRule, numberChoiceRule, patternOf, stringRules, wholeNumberRule, type Rule } from "./patterns.ts";
import type { DecapField, DecapOption } from "./types.ts";
import { checksOf, defOf, humanise, metaOf, unwrap, type FieldMeta } from "./zod.ts";

/** Labels and a hint for one entry of a map (a link is labelled with its title). */
export type EntryLabel = (key: string, value: unknown) => { label?: string; hint?: string };

/** What a field's place in its file tells the generator. */
export interface FieldContext {
  /** Where the field is: keys from the top of the file; a map's keys are "*"; list items add nothing. */
  path: string[];
  /** The content there now, for maps: each key they hold becomes a field. */
  value: unknown;
  /** False inside an optional object or a union: then no field in it is required. */
  required: boolean;
  /** Choices for a text field, by its path ("terms.source"): it becomes a select. */
  choices: Record<string, DecapOption[]>;
  /** Labels of a map's entries, by the map's path. */
  entryLabels: Record<string, EntryLabel>;
  /** The hint's last sentence for a value that may be null: it is still to be supplied. */
  unsetHint: string;
}

/** The top of a file: its path is empty, its content is the file's. */
export const fileContext = (value: unknown, options: Omit<FieldContext, "path" | "value" | "required">) => ({
  ...options,
  path: [],
  value,
  required: true,
});

const plainObject = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

const listed = (words: string[]) =>
  words.length > 1 ? `${words.slice(0, -1).join(", ")} or ${words.at(-1)}` : (words[0] ?? "");

/** The fields of an object schema, or of a map as it stands in the content. */
export function fieldsOf(schema: z.ZodType, context: FieldContext): DecapField[] {
  const { base } = unwrap(schema);
  const def = defOf(base);
  if (def.type === "object") {
    return Object.entries(def.shape!).flatMap(([key, child]) => {
      const field = fieldFor(key, child, {
        ...context,
        path: [...context.path, key],
        value: plainObject(context.value)[key],
      });
      return field ? [field] : [];
    });
  }
  if (def.type === "record") {
    const entries = Object.entries(plainObject(context.value));
    const entryLabel = context.entryLabels[context.path.join(".")];
    return entries.flatMap(([key, value]) => {
      if (key.includes("."))
        throw new Error(`${context.path.join(".")}: the key "${key}" has a dot, which Decap cannot edit`);
      const field = fieldFor(key, def.valueType!, { ...context, path: [...context.path, "*"], value });
      if (!field) return [];
      const { label, hint } = entryLabel?.(key, value) ?? {};
      return [{ ...field, label: label ?? humanise(key), ...((hint ?? field.hint) && { hint: hint ?? field.hint }) }];
    });
  }
  if (def.type === "union") return unionFields(def.options!, context);
  throw new Error(`${context.path.join(".") || "(file)"}: a ${def.type} has no fields the editor can show`);
}

/** The options of a union that are objects, or undefined if any is not. */
function objectOptions(options: z.ZodType[]) {
  const bases = options.map((option) => unwrap(option).base);
  return bases.every((base) => defOf(base).type === "object") ? bases : undefined;
}

const keysOf = (option: z.ZodType) => Object.keys(defOf(unwrap(option).base).shape!);

/** The keys every option of a union has (an email block's `when`). */
const sharedKeys = (options: z.ZodType[]) =>
  keysOf(options[0]).filter((key) => options.every((option) => keysOf(option).includes(key)));

/**
 * The fields of a union of objects: every option's fields, each optional, the first of a name kept; the fields
 * every option has come last, after those that tell the options apart.
 */
function unionFields(options: z.ZodType[], context: FieldContext): DecapField[] {
  const bases = objectOptions(options);
  if (!bases) throw new Error(`${context.path.join(".")}: a union that is not of objects has no fields`);
  const fields = new Map<string, DecapField>();
  for (const base of bases) {
    for (const field of fieldsOf(base, { ...context, required: false })) {
      if (!fields.has(field.name)) fields.set(field.name, field);
    }
  }
  const shared = sharedKeys(options);
  const all = [...fields.values()];
  return [
    ...all.filter((field) => !shared.includes(field.name)),
    ...all.filter((field) => shared.includes(field.name)),
  ];
}

/** "Fill in one of these: Paragraph; or Heading." — naming what sets each option apart. */
function unionHint(options: z.ZodType[], fields: DecapField[]): string {
  const shared = sharedKeys(options);
  const labelOf = (key: string) => fields.find((field) => field.name === key)?.label ?? humanise(key);
  const choices = options.map((option) =>
    keysOf(option)
      .filter((key) => !shared.includes(key))
      .map(labelOf)
      .join(" and "),
  );
  return `Fill in one of these: ${choices.join("; or ")}.`;
}

/** The words of a field's hint that list the `{placeholders}` it may use, unless its description names them all. */
function placeholderHint(names: string[], description = ""): string {
  const written = names.map((name) => `{${name}}`);
  if (!written.length || written.every((placeholder) => description.includes(placeholder))) return "";
  return `You can use ${listed(written)}: the site fills them in.`;
}

/** A list's `summary`: the text fields a collapsed item is best known by. */
function summaryOf(fields: DecapField[]): string | undefined {
  const texts = fields.filter((field) => field.widget === "string" || field.widget === "text");
  const preferred = ["title", "term", "question", "label", "name", "text", "id"];
  const best = preferred.map((name) => texts.find((field) => field.name === name)).find(Boolean);
  const shown = best ? [best] : texts.filter((field) => field.required === false);
  if (!shown.length && texts[0]) shown.push(texts[0]);
  return shown.length ? shown.map((field) => `{{fields.${field.name}}}`).join("") : undefined;
}

/** The widget and its settings for a field's base type; hints it adds; whether it can be required at all. */
interface Shape {
  field: Omit<DecapField, "name" | "label" | "required">;
  hints?: string[];
  /** Hints that say what the schema's description says, when it has none. */
  fallbackHints?: string[];
  /** A list without a minimum may be empty, which Decap's `required` refuses. */
  canBeRequired?: boolean;
}

function shapeOf(base: z.ZodType, meta: FieldMeta, context: FieldContext, required: boolean, nullable: boolean): Shape {
  const def = defOf(base);
  const choices = context.choices[context.path.join(".")];
  const pattern = (rules: Rule[]) => {
    const made = patternOf(rules);
    return made ? { pattern: made } : {};
  };
  switch (def.type) {
    case "string":
      if (choices) return { field: { widget: "select", options: choices } };
      return { field: { widget: meta.multiline ? "text" : "string", ...pattern(stringRules(checksOf(base))) } };
    case "date":
      return { field: { widget: "string", ...pattern([dateRule]) } };
    case "boolean":
      return { field: { widget: "boolean" } };
    case "number":
      return { field: numberField(base, nullable) };
    case "enum":
      return choiceShape(Object.values(def.entries!));
    case "literal":
      return choiceShape(def.values!);
    case "object":
      return { field: { widget: "object", fields: fieldsOf(base, { ...context, required }) } };
    case "record": {
      const fields = fieldsOf(base, { ...context, required });
      return { field: { widget: "object", fields } };
    }
    case "union": {
      const options = def.options!;
      const values = options.map((option) => defOf(unwrap(option).base));
      if (values.every((value) => value.type === "literal" || value.type === "enum")) {
        return choiceShape(values.flatMap((value) => value.values ?? Object.values(value.entries!)));
      }
      const fields = unionFields(options, context);
      return { field: { widget: "object", fields }, hints: [unionHint(options, fields)] };
    }
    case "array":
      return listShape(base, meta, context);
    default:
      throw new Error(`${context.path.join(".")}: the editor has no widget for a ${def.type}`);
  }
}

/** A number: whole or not, and its limits (see the module's comment on null). */
function numberField(base: z.ZodType, nullable: boolean): Shape["field"] {
  const checks = checksOf(base);
  const whole = checks.some((check) => check.check === "number_format" && /int/.test(check.format ?? ""));
  let min: number | undefined;
  let max: number | undefined;
  for (const check of checks) {
    const value = Number(check.value);
    if (check.check === "greater_than") min = check.inclusive ? value : whole ? value + 1 : value;
    if (check.check === "less_than") max = check.inclusive ? value : whole ? value - 1 : value;
  }
  const field: Shape["field"] = { widget: "number", value_type: whole ? "int" : "float" };
  if (nullable && whole) return { ...field, pattern: patternOf([wholeNumberRule(min, max)]) };
  return { ...field, ...(min !== undefined && { min }), ...(max !== undefined && { max }) };
}

/** A choice among fixed values: words become a select; numbers stay numbers; `true` alone is a box to tick. */
function choiceShape(values: unknown[]): Shape {
  if (values.every((value) => typeof value === "string")) {
    return { field: { widget: "select", options: values.map((value) => ({ label: value, value })) } };
  }
  if (values.every((value) => typeof value === "number")) {
    const rule = numberChoiceRule(values);
    const field: Shape["field"] = { widget: "number", value_type: "int", pattern: patternOf([rule]) };
    return { field, fallbackHints: [`${rule.message}.`] };
  }
  if (values.length === 1 && values[0] === true)
    return { field: { widget: "boolean" }, fallbackHints: ["Tick the box to include it."] };
  throw new Error(`the editor cannot offer a choice among ${values.map(String).join(", ")}`);
}

/** A list: of objects (fields and a summary) or of single values (one field). */
function listShape(base: z.ZodType, meta: FieldMeta, context: FieldContext): Shape {
  const def = defOf(base);
  const element = unwrap(def.element!);
  const elementMeta = metaOf(element.layers);
  const itemContext = { ...context, required: true, value: undefined };
  const checks = checksOf(base);
  const min = checks.find((check) => check.check === "min_length")?.minimum;
  const max = checks.find((check) => check.check === "max_length")?.maximum;
  const limits = { ...(min !== undefined && min > 0 && { min }), ...(max !== undefined && { max }) };
  const itemLabel = meta.itemLabel ?? elementMeta.title;
  const elementType = defOf(element.base).type;
  const ofObjects =
    elementType === "object" || (elementType === "union" && objectOptions(defOf(element.base).options!));
  const canBeRequired = (min ?? 0) > 0;
  if (ofObjects) {
    const fields = fieldsOf(element.base, itemContext);
    const summary = summaryOf(fields);
    const hints = elementType === "union" ? [unionHint(defOf(element.base).options!, fields)] : [];
    return {
      field: {
        widget: "list",
        ...(itemLabel && { label_singular: itemLabel }),
        ...(summary && { summary }),
        fields,
        ...limits,
      },
      hints: hints.map((hint) => `In each item: ${hint.charAt(0).toLowerCase()}${hint.slice(1)}`),
      canBeRequired,
    };
  }
  const name = context.path.at(-1) ?? "item";
  const field = fieldFor(name, def.element!, itemContext)!;
  const label = elementMeta.title ?? meta.itemLabel ?? field.label;
  return {
    field: { widget: "list", ...(itemLabel && { label_singular: itemLabel }), field: { ...field, label }, ...limits },
    canBeRequired,
  };
}

/** One field: its label and hint from the schema's metadata (or its key), its widget and settings. */
export function fieldFor(name: string, schema: z.ZodType, context: FieldContext): DecapField | undefined {
  const { base, layers, optional, nullable } = unwrap(schema);
  const meta = metaOf(layers);
  if (defOf(base).type === "record" && !Object.keys(plainObject(context.value)).length) return undefined;
  const required = context.required && !optional && !nullable;
  const shape = shapeOf(base, meta, context, required, nullable);
  const hint = [
    meta.description,
    ...(shape.hints ?? []),
    ...(meta.description ? [] : (shape.fallbackHints ?? [])),
    placeholderHint(meta.placeholders ?? [], meta.description),
    nullable ? context.unsetHint : "",
  ]
    .filter(Boolean)
    .join(" ");
  return {
    name,
    label: meta.title ?? humanise(name),
    ...shape.field,
    required: required && shape.canBeRequired !== false,
    ...(hint && { hint }),
  };
}
