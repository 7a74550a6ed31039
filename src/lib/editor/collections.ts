/**
 * The editor's collections: every file in content/, each with the schema the build checks it against. The MDX
 * folders (guidance, FAQ, other pages) are folder collections; the JSON files are file collections, grouped as the
 * manager would look for them. Choices come from the content as it stands: the FAQ topics, the links, the
 * settings' names.
 */
import { readFileSync } from "node:fs";
import { z } from "astro/zod";
import { formEmailsSchema } from "../../schemas/emails.ts";
import { faqSchema } from "../../schemas/faq.ts";
import { formContentSchema } from "../../schemas/forms.ts";
import { glossarySchema } from "../../schemas/glossary.ts";
import { formWordsSchema, searchWordsSchema, siteWordsSchema, staffWordsSchema } from "../../schemas/interface.ts";
import { linkSchema } from "../../schemas/links.ts";
import {
  faqTopicsFileSchema,
  guidanceSchema,
  navigationFileSchema,
  pageSchema,
  timelineFileSchema,
} from "../../schemas/pages.ts";
import { settingsSchema } from "../../schemas/settings.ts";
import { trainingGroupsSchema } from "../../schemas/training-groups.ts";
import { whichStepsSchema } from "../../schemas/which-steps.ts";
import { fieldsOf, fileContext, type EntryLabel, type FieldContext } from "./fields.ts";
import { jsonFormatName } from "./json-format.ts";
import type { DecapCollection, DecapField, DecapFile, DecapFolderCollection, DecapOption } from "./types.ts";
import { humanise, metaOf, unwrap } from "./zod.ts";

/** The folder the content lives in, from the project's root (where the build and the tests run). */
export const contentFolder = "content";

const readJson = (file: string): unknown => JSON.parse(readFileSync(`${contentFolder}/${file}`, "utf8"));

/** What the generator reads of the content: the choices it offers and the words of an unset value. */
function contentChoices() {
  const links = readJson("links.json") as Record<string, { title: string }>;
  const topics = (readJson("faq-topics.json") as { items: { id: string; title: string }[] }).items;
  const { unset } = readJson("interface/site.json") as { unset: string };
  const linkChoices: DecapOption[] = Object.entries(links).map(([key, link]) => ({
    label: `${link.title} (${key})`,
    value: key,
  }));
  const settingChoices: DecapOption[] = Object.entries(settingsSchema.shape).map(([key, schema]) => ({
    label: metaOf(unwrap(schema).layers).title ?? humanise(key),
    value: key,
  }));
  const topicChoices: DecapOption[] = topics.map((topic) => ({ label: topic.title, value: topic.id }));
  return {
    links,
    linkChoices,
    settingChoices,
    topicChoices,
    unsetHint: `Leave it empty while it is still to be supplied: the site shows “${unset}”.`,
  };
}

type Choices = ReturnType<typeof contentChoices>;

/** One JSON file: where it is, what it is called, the schema the build checks it against. */
interface JsonFile {
  name: string;
  file: string;
  label: string;
  /** Said under the file's name when the schema does not say it. */
  description: string;
  schema: z.ZodType;
  choices?: Record<string, DecapOption[]>;
  entryLabels?: Record<string, EntryLabel>;
}

/** A file collection's entry: its fields from its schema and its current content. */
function jsonFile(definition: JsonFile, { unsetHint }: Choices): DecapFile {
  const meta = metaOf(unwrap(definition.schema).layers);
  const context: FieldContext = fileContext(readJson(definition.file), {
    choices: definition.choices ?? {},
    entryLabels: definition.entryLabels ?? {},
    unsetHint,
  });
  return {
    name: definition.name,
    label: definition.label,
    file: `${contentFolder}/${definition.file}`,
    description: meta.description ?? definition.description,
    fields: fieldsOf(definition.schema, context),
  };
}

/** The markdown body of an MDX entry: raw text only, so that its components come back as they were. */
function bodyField(label: string): DecapField {
  return {
    name: "body",
    label,
    widget: "markdown",
    modes: ["raw"],
    buttons: [],
    editor_components: [],
    required: true,
    hint:
      "Written in Markdown: a blank line between paragraphs, ## before a heading, [words](/contact/) for a link " +
      'to a page of this site. A link to another site is <ExternalLink id="dfe-online-service" />, where the id ' +
      'is the name of a link in Links; a setting is <Setting name="contactPhone" />. Keep every tag in angle ' +
      "brackets as it is: each shows a part of the site, such as the timeline or the contact details.",
  };
}

/** A folder of MDX entries. */
function mdxFolder(
  definition: Pick<DecapFolderCollection, "name" | "label" | "label_singular" | "description"> & {
    schema: z.ZodType;
    body: string;
    create: boolean;
    identifier: string;
    summary: string;
    sortable: string[];
    choices?: Record<string, DecapOption[]>;
  },
  { unsetHint }: Choices,
): DecapFolderCollection {
  const context = fileContext(undefined, { choices: definition.choices ?? {}, entryLabels: {}, unsetHint });
  return {
    name: definition.name,
    label: definition.label,
    label_singular: definition.label_singular,
    description: definition.description,
    folder: `${contentFolder}/${definition.name}`,
    extension: "mdx",
    format: "frontmatter",
    create: definition.create,
    delete: definition.create,
    identifier_field: definition.identifier,
    slug: "{{slug}}",
    summary: definition.summary,
    sortable_fields: definition.sortable,
    fields: [...fieldsOf(definition.schema, context), bodyField(definition.body)],
  };
}

/** The form ids, each with its form's and its emails' names. */
const forms = [
  {
    id: "school-registration",
    form: "School registration form",
    emails: "School registration emails",
    emailsDescription: "The email a school receives when it registers, and the one the alliance receives.",
  },
  {
    id: "participant-registration",
    form: "ECT and mentor registration form",
    emails: "ECTs' and mentors' welcome pack",
    emailsDescription:
      "The welcome pack ECTs and mentors receive by email when they register, and the email the alliance receives.",
  },
  {
    id: "enquiry",
    form: "Enquiry form",
    emails: "Enquiry emails",
    emailsDescription: "The email the alliance receives with a question from the contact page, and the sender's copy.",
  },
];

/** Every collection of the editor, in the order of its menu. */
export function editorCollections(): DecapCollection[] {
  const choices = contentChoices();
  const { linkChoices, settingChoices } = choices;
  const fileCollection = (name: string, label: string, description: string, files: JsonFile[]) => ({
    name,
    label,
    description,
    format: jsonFormatName,
    files: files.map((file) => jsonFile(file, choices)),
  });
  const linkLabel: EntryLabel = (key, value) => ({
    label: (value as { title?: string }).title ?? humanise(key),
    hint: `Its name is ${key}: a page shows it with <ExternalLink id="${key}" />.`,
  });
  return [
    mdxFolder(
      {
        name: "guidance",
        label: "Guidance pages",
        label_singular: "Guidance page",
        description: "The guidance section's pages, in their order.",
        schema: guidanceSchema,
        body: "Text of the page",
        create: true,
        identifier: "title",
        summary: "{{order}}. {{title}}",
        sortable: ["order", "title"],
      },
      choices,
    ),
    mdxFolder(
      {
        name: "faq",
        label: "FAQ",
        label_singular: "Question",
        description: "The frequently asked questions, each with its answer, grouped by topic.",
        schema: faqSchema,
        body: "Answer",
        create: true,
        identifier: "question",
        summary: "{{question}}",
        sortable: ["topic", "order", "question"],
        choices: { topic: choices.topicChoices },
      },
      choices,
    ),
    mdxFolder(
      {
        name: "pages",
        label: "Other pages",
        label_singular: "Page",
        description: "The home page, the contact page and the other pages that are not guidance or FAQ.",
        schema: pageSchema,
        body: "Text of the page",
        create: false,
        identifier: "title",
        summary: "{{title}}",
        sortable: ["title"],
      },
      choices,
    ),
    fileCollection("settings", "Settings", "The organisation's details and the training groups.", [
      {
        name: "settings",
        file: "settings.json",
        label: "Settings",
        description: "The organisation's details, which pages and emails show.",
        schema: settingsSchema,
      },
      {
        name: "training-groups",
        file: "training-groups.json",
        label: "Training groups",
        description: "The local training groups staff allocate ECTs and mentors to.",
        schema: trainingGroupsSchema,
      },
    ]),
    fileCollection("lists", "Links and lists", "The links, the menus and lists, the glossary and the question flow.", [
      {
        name: "links",
        file: "links.json",
        label: "Links",
        description: "The pages on other sites that pages, emails and the glossary link to, each by its name.",
        schema: z.record(z.string(), linkSchema),
        entryLabels: { "": linkLabel },
      },
      {
        name: "navigation",
        file: "navigation.json",
        label: "Navigation",
        description: "The links at the top of every page, in order.",
        schema: navigationFileSchema,
      },
      {
        name: "faq-topics",
        file: "faq-topics.json",
        label: "FAQ topics",
        description: "The topics the FAQ groups its questions under.",
        schema: faqTopicsFileSchema,
      },
      {
        name: "timeline",
        file: "timeline.json",
        label: "Timeline",
        description: "The steps of the intake timeline.",
        schema: timelineFileSchema,
      },
      {
        name: "glossary",
        file: "glossary.json",
        label: "Glossary",
        description: "The terms the glossary explains, and that search understands.",
        schema: glossarySchema(Object.keys(choices.links)),
        choices: { "terms.source": linkChoices },
      },
      {
        name: "which-steps",
        file: "which-steps.json",
        label: "Which steps apply?",
        description: "The questions of “Which steps apply to my school?” and the steps each answer leads to.",
        schema: whichStepsSchema,
        choices: {
          "help.link": linkChoices,
          "outcomes.steps.link": linkChoices,
          "outcomes.notNeeded.link": linkChoices,
        },
      },
    ]),
    fileCollection(
      "forms",
      "Forms",
      "The words of each form: its questions, their hints and their error messages.",
      forms.map(({ id, form }) => ({
        name: id,
        file: `forms/${id}.json`,
        label: form,
        description: "The form's questions, in sections, and its button.",
        schema: formContentSchema,
      })),
    ),
    fileCollection(
      "emails",
      "Emails",
      "The emails each form sends.",
      forms.map(({ id, emails, emailsDescription }) => ({
        name: id,
        file: `emails/${id}.json`,
        label: emails,
        description: emailsDescription,
        schema: formEmailsSchema,
        choices: { "emails.*.body.links": linkChoices, "emails.*.body.when.setting": settingChoices },
      })),
    ),
    fileCollection("words", "Words of the site", "The words of the site's frame, forms, search and staff area.", [
      {
        name: "site",
        file: "interface/site.json",
        label: "Words on every page",
        description: "The header, the footer, breadcrumbs and other words around every page.",
        schema: siteWordsSchema,
      },
      {
        name: "forms",
        file: "interface/forms.json",
        label: "Words of every form",
        description: "The words all forms share: error summaries, the send button while sending, problems.",
        schema: formWordsSchema,
      },
      {
        name: "search",
        file: "interface/search.json",
        label: "Words of the search page",
        description: "The search page's field, filter and the messages it composes with the results.",
        schema: searchWordsSchema,
      },
      {
        name: "staff",
        file: "interface/staff.json",
        label: "Words of the staff area",
        description: "The staff area's pages, its sign-in email and its CSV export.",
        schema: staffWordsSchema,
      },
    ]),
  ];
}
