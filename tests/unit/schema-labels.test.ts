import { z } from "astro/zod";
import { describe, expect, it } from "vitest";
import links from "../../content/links.json" with { type: "json" };
import { formEmailsSchema } from "../../src/schemas/emails";
import { faqSchema } from "../../src/schemas/faq";
import { formContentSchema } from "../../src/schemas/forms";
import { glossarySchema } from "../../src/schemas/glossary";
import { formWordsSchema, searchWordsSchema, siteWordsSchema, staffWordsSchema } from "../../src/schemas/interface";
import { linkSchema } from "../../src/schemas/links";
import {
  faqTopicsFileSchema,
  guidanceSchema,
  navigationFileSchema,
  pageSchema,
  timelineFileSchema,
} from "../../src/schemas/pages";
import { settingsSchema } from "../../src/schemas/settings";
import { trainingGroupsSchema } from "../../src/schemas/training-groups";
import { whichStepsSchema } from "../../src/schemas/which-steps";

/**
 * The content editor's labels and hints come from the schemas' metadata (`.meta()`, kept in `z.globalRegistry`):
 * every field has a `title` and a `description`, an array of objects an `itemLabel`, and words with
 * `{placeholders}` (the schemas' `template`) list the names they may use.
 */

type Meta = {
  title?: unknown;
  description?: unknown;
  itemLabel?: unknown;
  multiline?: unknown;
  placeholders?: unknown;
};
const metaOf = (schema: z.ZodType): Meta => (z.globalRegistry.get(schema) ?? {}) as Meta;

/** A schema and the schemas it wraps (optional, nullable, a pipe's input), outermost first. */
function layers(schema: z.ZodType): z.ZodType[] {
  const inner =
    schema instanceof z.ZodOptional || schema instanceof z.ZodNullable
      ? (schema.unwrap() as z.ZodType)
      : schema instanceof z.ZodPipe
        ? ((schema.in instanceof z.ZodTransform ? schema.out : schema.in) as z.ZodType)
        : undefined;
  return inner ? [schema, ...layers(inner)] : [schema];
}
const innermost = (schema: z.ZodType) => layers(schema).at(-1)!;
const isObject = (schema: z.ZodType) => innermost(schema) instanceof z.ZodObject;

/** Words built by `template`: a string with a custom check (the check of its placeholders). */
const isTemplate = (schema: z.ZodType) => {
  const base = innermost(schema);
  return base instanceof z.ZodString && (base._zod.def.checks ?? []).some((check) => check._zod.def.check === "custom");
};
/** The placeholders a field's words may use, from whichever layer of the field records them. */
const placeholdersOf = (schema: z.ZodType) =>
  layers(schema)
    .map((layer) => metaOf(layer).placeholders)
    .find(Array.isArray) as string[] | undefined;

const labelled = (meta: Meta) =>
  typeof meta.title === "string" &&
  meta.title.trim() !== "" &&
  typeof meta.description === "string" &&
  meta.description.trim() !== "";

/** One field (or list item, union variant, map value) found in a schema, by its path. */
interface Found {
  path: string;
  schema: z.ZodType;
  /** Whether the editor shows it as a field of its own, which needs a label and a hint. */
  needsLabel: boolean;
}

/** Every field under a schema: objects' fields, arrays' items, union variants and records' values, at any depth. */
function fieldsOf(schema: z.ZodType, path = ""): Found[] {
  const base = innermost(schema);
  const at = (step: string) => (path ? `${path}.${step}` : step);
  if (base instanceof z.ZodObject) {
    return Object.entries(base.shape as Record<string, z.ZodType>).flatMap(([key, field]) => [
      { path: at(key), schema: field, needsLabel: true },
      ...fieldsOf(field, at(key)),
    ]);
  }
  if (base instanceof z.ZodArray) return fieldsOf(base.element as z.ZodType, at("[]"));
  if (base instanceof z.ZodUnion) {
    return (base.options as z.ZodType[]).flatMap((option, index) => [
      ...(isObject(option) ? [{ path: at(`|${index}`), schema: option, needsLabel: true }] : []),
      ...fieldsOf(option, at(`|${index}`)),
    ]);
  }
  if (base instanceof z.ZodRecord) {
    const value = base.valueType as z.ZodType;
    return [{ path: at("{}"), schema: value, needsLabel: true }, ...fieldsOf(value, at("{}"))];
  }
  return [];
}

/** What is missing from a schema's metadata, as "path: what", for the file as a whole and each field under it. */
function missingIn(schema: z.ZodType): string[] {
  const missing = labelled(metaOf(schema)) ? [] : ["(the file): title and description"];
  for (const { path, schema: field, needsLabel } of fieldsOf(schema)) {
    if (needsLabel && !labelled(metaOf(field))) missing.push(`${path}: title and description`);
    const base = innermost(field);
    if (
      base instanceof z.ZodArray &&
      isObject(base.element as z.ZodType) &&
      typeof metaOf(field).itemLabel !== "string"
    )
      missing.push(`${path}: itemLabel`);
    if (isTemplate(field) && !placeholdersOf(field)) missing.push(`${path}: placeholders`);
  }
  return missing;
}

const fileSchemas: [string, z.ZodType][] = [
  ["settings (content/settings.json)", settingsSchema],
  ["links (one entry of content/links.json)", linkSchema],
  ["FAQ topics (content/faq-topics.json)", faqTopicsFileSchema],
  ["timeline (content/timeline.json)", timelineFileSchema],
  ["navigation (content/navigation.json)", navigationFileSchema],
  ["glossary (content/glossary.json)", glossarySchema(Object.keys(links))],
  ["which steps (content/which-steps.json)", whichStepsSchema],
  ["training groups (content/training-groups.json)", trainingGroupsSchema],
  ["a form (content/forms/*.json)", formContentSchema],
  ["a form's emails (content/emails/*.json)", formEmailsSchema],
  ["site words (content/interface/site.json)", siteWordsSchema],
  ["form words (content/interface/forms.json)", formWordsSchema],
  ["search words (content/interface/search.json)", searchWordsSchema],
  ["staff words (content/interface/staff.json)", staffWordsSchema],
  ["a question and answer (content/faq/*.mdx)", faqSchema],
  ["a guidance page (content/guidance/*.mdx)", guidanceSchema],
  ["a page (content/pages/*.mdx)", pageSchema],
];

describe("the schemas' labels and hints for the content editor", () => {
  it.each(fileSchemas)("gives %s and each of its fields a title and a description", (_, schema) => {
    expect(fieldsOf(schema).length).toBeGreaterThan(0);
    expect(missingIn(schema)).toEqual([]);
  });

  it("finds a field without a label, an array of objects without an item label, and words without placeholders", () => {
    const unlabelled = z
      .strictObject({
        plain: z.string().optional(),
        list: z.array(z.strictObject({ name: z.string().meta({ title: "Name", description: "A name." }) })).meta({
          title: "List",
          description: "A list.",
        }),
        words: z
          .string()
          .superRefine(() => {})
          .meta({ title: "Words", description: "Words." }),
        variants: z.union([z.strictObject({ a: z.string() }), z.literal(1)]).meta({ title: "V", description: "V." }),
        map: z.record(z.string(), z.string()).meta({ title: "Map", description: "A map." }),
      })
      .meta({ title: "File", description: "A file." });
    expect(missingIn(unlabelled)).toEqual([
      "plain: title and description",
      "list: itemLabel",
      "words: placeholders",
      "variants.|0: title and description",
      "variants.|0.a: title and description",
      "map.{}: title and description",
    ]);
  });

  it("keeps a template's placeholders when a field adds its own title and description", () => {
    const footerAbout = siteWordsSchema.shape.footerAbout;
    expect(metaOf(footerAbout)).toMatchObject({
      title: expect.any(String),
      description: expect.any(String),
      placeholders: ["organisationName", "organisationDescription", "leadProvider", "programmeName"],
    });
    expect(placeholdersOf(whichStepsSchema.shape.words.shape.changeHidden)).toEqual(["question"]);
    expect(placeholdersOf(staffWordsSchema.shape.submission.shape.changed)).toEqual(["what", "from", "to"]);
    expect(placeholdersOf(staffWordsSchema.shape.statuses.shape.new)).toEqual([]);
  });

  it("finds the placeholders of optional words inside the field", () => {
    const tooLong = formContentSchema.shape.sections.element.shape.fields.element.shape.errors.unwrap().shape.tooLong;
    expect(metaOf(tooLong).title).toBe("Too long");
    expect(placeholdersOf(tooLong)).toEqual(["max"]);
  });

  it.each([
    ["site words", siteWordsSchema],
    ["form words", formWordsSchema],
    ["search words", searchWordsSchema],
    ["staff words", staffWordsSchema],
  ])("lists the placeholders of every one of the %s", (_, schema) => {
    const words = fieldsOf(schema).filter(({ schema: field }) => innermost(field) instanceof z.ZodString);
    expect(words.length).toBeGreaterThan(0);
    expect(words.filter(({ schema: field }) => !placeholdersOf(field)).map(({ path }) => path)).toEqual([]);
  });

  it.each([
    ["a glossary meaning", glossarySchema([]).shape.terms.element.shape.meaning],
    ["a link's description", linkSchema.shape.description],
    ["a page's summary", pageSchema.shape.description],
    ["an email paragraph", formEmailsSchema.shape.emails.valueType.shape.body.element.options[0].shape.paragraph],
    ["a which-steps sentence", whichStepsSchema.shape.help.shape.text],
  ])("shows %s in a text area", (_, field) => {
    expect(metaOf(field).multiline).toBe(true);
  });

  it("writes titles in sentence case and hints as sentences, without developer words", () => {
    const written = fileSchemas.flatMap(([, schema]) => [
      metaOf(schema),
      ...fieldsOf(schema)
        .filter(({ needsLabel }) => needsLabel)
        .map(({ schema: field }) => metaOf(field)),
    ]);
    const problems = written.flatMap(({ title, description }) => [
      ...(/^[A-Z0-9]/.test(String(title)) ? [] : [`title not capitalised: ${String(title)}`]),
      ...(/[.?!]["”)]?$/.test(String(description)) ? [] : [`description not a sentence: ${String(description)}`]),
      ...(/\b(schema|null|slug|placeholders?|key|JSON|boolean)\b/i.test(`${String(title)} ${String(description)}`)
        ? [`developer word in: ${String(title)}: ${String(description)}`]
        : []),
    ]);
    expect(problems).toEqual([]);
  });
});
