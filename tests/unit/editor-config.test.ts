/**
 * The content editor's configuration (src/lib/editor/): it covers every content file once, labels every field,
 * says what the schemas say (required, patterns, choices, numbers), accepts the content as it stands, and passes
 * Decap's own validation of a configuration (tests/support/decap.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import {
  editorConfig,
  type DecapField,
  type DecapFileCollection,
  type DecapFolderCollection,
} from "../../src/lib/editor/config";
import { inFieldOrder } from "../../src/lib/editor/json-format";
import { unwrap } from "../../src/lib/editor/zod";
import { settingsSchema } from "../../src/schemas/settings";
import { type Editor, openEditor } from "../support/decap";

const config = editorConfig({ backend: { name: "git-gateway", branch: "main" } });
const folders = config.collections.filter((collection): collection is DecapFolderCollection => "folder" in collection);
const fileCollections = config.collections.filter(
  (collection): collection is DecapFileCollection => "files" in collection,
);
const files = fileCollections.flatMap((collection) => collection.files);

function contentFiles(folder = "content"): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((item) => (item.isDirectory() ? contentFiles(join(folder, item.name)) : [join(folder, item.name)]))
    .sort();
}

/** Every field, at every depth, with where it is. */
function allFields(fields: DecapField[], where: string): { field: DecapField; where: string; item: boolean }[] {
  return fields.flatMap((field) => {
    const here = `${where}.${field.name}`;
    return [
      { field, where: here, item: false },
      ...allFields(field.fields ?? [], here),
      ...(field.field
        ? [{ field: field.field, where: `${here}[]`, item: true }, ...allFields(field.field.fields ?? [], `${here}[]`)]
        : []),
    ];
  });
}

const everyField = [
  ...folders.flatMap((collection) => allFields(collection.fields, collection.folder)),
  ...files.flatMap((file) => allFields(file.fields, file.file)),
];

const fileNamed = (path: string) => files.find((file) => file.file === path)!;
const fieldNamed = (fields: DecapField[], name: string) => fields.find((field) => field.name === name)!;
const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8"));
const unsetWords = readJson("content/interface/site.json").unset as string;

/** Whether the schemas carry their labels yet (another change adds `.meta({ title, description })`). */

describe("the editor's collections", () => {
  it.each(contentFiles())("%s is edited by exactly one collection", (path) => {
    const byFolder = folders.filter((collection) => collection.folder === dirname(path) && path.endsWith(".mdx"));
    const byFile = files.filter((file) => file.file === path);
    expect([...byFolder, ...byFile]).toHaveLength(1);
  });

  it("name only files that exist", () => {
    const existing = contentFiles();
    expect(files.map((file) => file.file).filter((file) => !existing.includes(file))).toEqual([]);
    for (const collection of folders) expect(readdirSync(collection.folder).length).toBeGreaterThan(0);
  });

  it("have names, labels and descriptions", () => {
    for (const collection of config.collections) {
      expect(collection.name).toMatch(/^[a-z][a-z-]*$/);
      expect(collection.label).toBeTruthy();
      expect(collection.description).toBeTruthy();
    }
    for (const file of files) expect(file.description, file.file).toBeTruthy();
  });

  it("write the MDX bodies in raw markdown only, last, so that components survive editing", () => {
    for (const collection of folders) {
      const body = collection.fields.at(-1)!;
      expect(body).toMatchObject({ name: "body", widget: "markdown", modes: ["raw"], required: true });
      expect(body.hint).toContain('<ExternalLink id="');
      expect(body.hint).toContain('<Setting name="');
    }
  });

  it("let the manager add and remove FAQ questions and guidance pages, not the other pages", () => {
    const create = Object.fromEntries(folders.map((collection) => [collection.name, collection.create]));
    expect(create).toEqual({ faq: true, guidance: true, pages: false });
  });
});

describe("the editor's fields", () => {
  it("all have a label", () => {
    expect(everyField.filter(({ field }) => !field.label?.trim()).map(({ where }) => where)).toEqual([]);
  });

  it("all have a hint (a list's item has its list's)", () => {
    const missing = everyField.filter(({ field, item }) => !item && !field.hint?.trim()).map(({ where }) => where);
    expect(missing).toEqual([]);
  });

  it("follow the schema's key order", () => {
    const settings = fileNamed("content/settings.json").fields.map((field) => field.name);
    expect(settings).toEqual(Object.keys(settingsSchema.shape));
  });

  it("require the FAQ question, and offer the FAQ topics as its topic's choices", () => {
    const faq = folders.find((collection) => collection.name === "faq")!;
    expect(fieldNamed(faq.fields, "question").required).toBe(true);
    const topic = fieldNamed(faq.fields, "topic");
    expect(topic.widget).toBe("select");
    const ids = (readJson("content/faq-topics.json").items as { id: string }[]).map((item) => item.id);
    expect(topic.options!.map((option) => option.value)).toEqual(ids);
  });

  it("accept only an https address for a link", () => {
    const links = fileNamed("content/links.json").fields;
    expect(links.map((field) => field.name)).toEqual(Object.keys(readJson("content/links.json")));
    for (const link of links) {
      expect(link.label).toBe(readJson("content/links.json")[link.name].title);
      const [source, message] = fieldNamed(link.fields!, "url").pattern!;
      expect(RegExp(source).test("https://x")).toBe(true);
      expect(RegExp(source).test("http://x")).toBe(false);
      expect(message).toBe("Start the address with https://");
    }
  });

  it("do not require a setting still to be supplied, and say what the site shows meanwhile", () => {
    const settings = fileNamed("content/settings.json").fields;
    for (const [name, schema] of Object.entries(settingsSchema.shape)) {
      const field = fieldNamed(settings, name);
      if (unwrap(schema).nullable) {
        expect(field.required, name).toBe(false);
        expect(field.hint, name).toMatch(/still to be supplied/);
        expect(field.hint, name).toContain(`“${unsetWords}”`);
      } else {
        expect(field.required, name).toBe(true);
      }
    }
  });

  it("keep numbers numbers: a form's width and the months submissions are kept", () => {
    const width = fieldNamed(fileNamed("content/forms/enquiry.json").fields[1].fields!, "fields").fields!;
    expect(fieldNamed(width, "width")).toMatchObject({ widget: "number", value_type: "int", required: false });
    const widths = RegExp(fieldNamed(width, "width").pattern![0]);
    expect([4, 10, 12, 20].every((value) => widths.test(String(value)))).toBe(true);
    expect([1, 11, 40].some((value) => widths.test(String(value)))).toBe(false);
    const months = fieldNamed(fileNamed("content/settings.json").fields, "retentionMonths");
    expect(months).toMatchObject({ widget: "number", value_type: "int", required: false });
    const accepts = (value: number) => RegExp(months.pattern![0]).test(String(value));
    expect([accepts(1), accepts(120), accepts(0), accepts(121)]).toEqual([true, true, false, false]);
  });

  it("write dates as YYYY-MM-DD text, not with Decap's date widget", () => {
    const dates = everyField.filter(({ field }) => field.name === "reviewed").map(({ field }) => field);
    expect(dates.length).toBeGreaterThan(3);
    for (const date of dates) {
      expect(date.widget).toBe("string");
      expect(RegExp(date.pattern![0]).test("2026-11-28")).toBe(true);
      expect(RegExp(date.pattern![0]).test("28/11/2026")).toBe(false);
    }
  });

  it("show an email block as one object of optional fields, with a hint to fill in one", () => {
    const email = fileNamed("content/emails/enquiry.json").fields[0].fields![0];
    const body = fieldNamed(email.fields!, "body");
    expect(body.fields!.map((field) => field.name)).toEqual([
      "paragraph",
      "heading",
      "steps",
      "links",
      "quote",
      "answers",
      "contact",
      "when",
    ]);
    expect(body.fields!.every((field) => field.required === false)).toBe(true);
    expect(body.hint).toMatch(/fill in one of these: Paragraph; or Heading/);
  });
});

describe("the editor's JSON format", () => {
  it("puts keys in the fields' order, and keys without a field after them", () => {
    const fields = [{ name: "b" }, { name: "a", fields: [{ name: "y" }, { name: "x" }] }];
    const ordered = inFieldOrder({ z: 1, a: [{ x: 1, y: 2 }], b: 2 }, fields);
    expect(JSON.stringify(ordered)).toBe('{"b":2,"a":[{"y":2,"x":1}],"z":1}');
  });
});

describe("Decap reading the configuration", () => {
  let editor: Editor;

  beforeAll(async () => {
    editor = await openEditor(config);
  }, 60_000);

  it("reads it as JSON in YAML, as /admin/config.yml serves it", () => {
    expect(editor.decap.parseConfig(JSON.stringify(config))).toEqual(config);
  });

  it("finds it valid", () => {
    expect(() => editor.decap.validateConfig(config)).not.toThrow();
  });

  it("would refuse a configuration it cannot use, so the check above means something", () => {
    const broken = structuredClone(config) as unknown as { collections: { fields?: unknown[] }[] };
    broken.collections[0].fields![0] = { name: "title", widget: "select" };
    vi.spyOn(console, "error").mockImplementation(() => {}); // Decap logs the errors it throws
    expect(() => editor.decap.validateConfig(broken)).toThrow(/options/);
  });

  it("has a local backend only when one is given", () => {
    expect(config).not.toHaveProperty("local_backend");
    const local = editorConfig({
      backend: { name: "git-gateway" },
      localBackend: { url: "http://localhost:8081/api/v1" },
    });
    expect(local.local_backend).toEqual({ url: "http://localhost:8081/api/v1" });
    expect(() => editor.decap.validateConfig(local)).not.toThrow();
  });

  it.each(contentFiles())("accepts %s as it stands: nothing required is empty, every value fits", (path) => {
    const { data } = editor.openAndSave(path);
    const collection = config.collections.find((candidate) =>
      "folder" in candidate ? candidate.folder === dirname(path) : candidate.files.some((file) => file.file === path),
    )!;
    const fields =
      "folder" in collection ? collection.fields : collection.files.find((file) => file.file === path)!.fields;
    expect(refusals(fields, data, path)).toEqual([]);
  });
});

/** Decap's own checks of a value on saving (Widget.js): presence when required, the pattern, a select's choices. */
function refusals(fields: DecapField[], data: unknown, where: string): string[] {
  const values = (data ?? {}) as Record<string, unknown>;
  return fields.flatMap((field) => refusalsOf(field, values[field.name], `${where}.${field.name}`));
}

function refusalsOf(field: DecapField, value: unknown, where: string): string[] {
  const empty = value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length);
  if (empty) return field.required === false ? [] : [`${where}: required`];
  const problems: string[] = [];
  if (field.pattern && !RegExp(field.pattern[0]).test(Array.isArray(value) ? value.join(",") : String(value))) {
    problems.push(`${where}: ${field.pattern[1]}`);
  }
  if (field.options && !field.options.some((option) => option.value === value))
    problems.push(`${where}: no such choice`);
  if (field.widget === "number" && typeof value !== "number") problems.push(`${where}: not a number`);
  if (field.widget === "object") problems.push(...refusals(field.fields!, value, where));
  if (field.widget === "list") {
    (value as unknown[]).forEach((item, index) => {
      problems.push(
        ...(field.fields
          ? refusals(field.fields, item, `${where}.${index}`)
          : refusalsOf(field.field!, item, `${where}.${index}`)),
      );
    });
  }
  return problems;
}
