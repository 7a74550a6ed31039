/**
 * What the editor's configuration reads of a Zod 4 schema: its definition (`schema._zod.def`), the wrappers around
 * its base type, and the labels and hints the schemas carry as metadata (`.meta({ title, description, … })`).
 */
import { z } from "astro/zod";

/** The parts of a Zod 4 definition the generator reads; which are present depends on `type`. */
export interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  getter?: () => z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  values?: unknown[];
  entries?: Record<string, string | number>;
  valueType?: z.ZodType;
  checks?: { _zod: { def: CheckDef } }[];
  coerce?: boolean;
}

/** One check of a string, number or array: its kind (`check`) and its parameters. */
export interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  protocol?: RegExp;
  prefix?: string;
  suffix?: string;
  includes?: string;
  minimum?: number;
  maximum?: number;
  length?: number;
  value?: number | bigint;
  inclusive?: boolean;
  error?: (issue: unknown) => unknown;
}

/** The metadata the content schemas give a field or a file (src/schemas/). */
export interface FieldMeta {
  /** The field's label. */
  title?: string;
  /** The field's hint: what to write, in plain English. */
  description?: string;
  /** Text that runs over several lines: a text area rather than a line. */
  multiline?: boolean;
  /** What one item of a list is called ("Step"). */
  itemLabel?: string;
  /** The `{placeholders}` a text may use, which the site fills in. */
  placeholders?: string[];
}

export const defOf = (schema: z.ZodType): Def => schema._zod.def as unknown as Def;

/** A check's own definition, as `schema._zod.def.checks` holds it; a string format (`z.email()`) is its own check. */
export function checksOf(schema: z.ZodType): CheckDef[] {
  const def = defOf(schema);
  const own = "check" in def ? [def as unknown as CheckDef] : [];
  return [...own, ...(def.checks ?? []).map((check) => check._zod.def)];
}

/** What wrapping layers say about a field: may it be left out, may it be null. */
export interface Unwrapped {
  /** The base schema, inside optional, nullable, default, pipe and the like. */
  base: z.ZodType;
  /** Every layer, the outermost first, the base last. */
  layers: z.ZodType[];
  optional: boolean;
  nullable: boolean;
}

/** Unwraps a field's schema down to its base type. */
export function unwrap(schema: z.ZodType): Unwrapped {
  const layers: z.ZodType[] = [];
  let optional = false;
  let nullable = false;
  let current = schema;
  for (;;) {
    layers.push(current);
    const def = defOf(current);
    if (def.type === "optional" || def.type === "default" || def.type === "prefault") optional = true;
    if (def.type === "nullable") nullable = true;
    if (def.innerType) current = def.innerType;
    else if (def.type === "pipe" && def.in && def.out) current = defOf(def.in).type === "transform" ? def.out : def.in;
    else if (def.type === "lazy" && def.getter) current = def.getter();
    else return { base: current, layers, optional, nullable };
  }
}

/** The metadata of a field: each key from the outermost layer that sets it. */
export function metaOf(layers: z.ZodType[]): FieldMeta {
  const meta: Record<string, unknown> = {};
  for (const layer of [...layers].reverse()) Object.assign(meta, z.globalRegistry.get(layer) ?? {});
  return meta as FieldMeta;
}

/** "contactEmail" → "Contact email", "school-registration" → "School registration", "FAQ" → "FAQ". */
export function humanise(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map((word) => (word.length > 1 && word === word.toUpperCase() ? word : word.toLowerCase()));
  const text = words.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
