/**
 * The checks the build runs on the content files that code reads directly (settings, links, training groups,
 * interface words, emails, the glossary, the "Which steps apply?" flow): each against its schema, naming the file
 * and every bad field; every email's placeholders, conditions and links against what the code fills in; the flow as
 * a whole (src/lib/which-steps/check.ts); every link, setting and component the MDX bodies name
 * (src/lib/body-references.ts). Astro's collections check the rest.
 */
import { readdirSync, readFileSync } from "node:fs";
import rawGlossary from "../../content/glossary.json" with { type: "json" };
import rawFormWords from "../../content/interface/forms.json" with { type: "json" };
import rawSearchWords from "../../content/interface/search.json" with { type: "json" };
import rawSiteWords from "../../content/interface/site.json" with { type: "json" };
import rawStaffWords from "../../content/interface/staff.json" with { type: "json" };
import rawLinks from "../../content/links.json" with { type: "json" };
import rawSettings from "../../content/settings.json" with { type: "json" };
import rawTrainingGroups from "../../content/training-groups.json" with { type: "json" };
import rawWhichSteps from "../../content/which-steps.json" with { type: "json" };
import { z } from "astro/zod";
import { isUnset } from "./blank.ts";
import { bodyReferenceProblems, throwIfBodyProblems } from "./body-references.ts";
import { formEmailsSchema, type FormEmails } from "../schemas/emails.ts";
import { placeholdersIn } from "./fill-in.ts";
import { formContentSchema, type FormContent } from "../schemas/forms.ts";
import { glossarySchema } from "../schemas/glossary.ts";
import { formWordsSchema, searchWordsSchema, siteWordsSchema, staffWordsSchema } from "../schemas/interface.ts";
import { linkSchema } from "../schemas/links.ts";
import { settingsSchema, type Settings } from "../schemas/settings.ts";
import { trainingGroupsSchema } from "../schemas/training-groups.ts";
import { whichStepsSchema } from "../schemas/which-steps.ts";
import { flowProblems, throwIfProblems } from "./which-steps/check.ts";

/** Checks one file's content against its schema; throws naming the file and each bad field. */
export function checked<Schema extends z.ZodType>(schema: Schema, input: unknown, file: string): z.infer<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  throw new Error(`${file} has ${problems.length} bad field(s):\n${problems.join("\n")}`);
}

/**
 * Checks settings, so that a typo fails the build legibly. A setting that may be unset reads empty text as `null`;
 * one that may not must not be only spaces either (src/lib/settings.ts reads any empty text as `null`).
 */
export function parseSettings(input: unknown, file = "content/settings.json"): Settings {
  const settings = checked(settingsSchema, input, file);
  const blank = Object.entries(settings).filter(([, value]) => isUnset(value) && value !== null);
  if (blank.length) {
    const problems = blank.map(([key]) => `  ${key}: only spaces: it needs a value`);
    throw new Error(`${file} has ${problems.length} bad field(s):\n${problems.join("\n")}`);
  }
  return settings;
}

/** Checks every content file code reads directly. */
export function checkContent(): void {
  const settings = parseSettings(rawSettings);
  checked(trainingGroupsSchema, rawTrainingGroups, "content/training-groups.json");
  checked(siteWordsSchema, rawSiteWords, "content/interface/site.json");
  checked(formWordsSchema, rawFormWords, "content/interface/forms.json");
  checked(searchWordsSchema, rawSearchWords, "content/interface/search.json");
  checked(staffWordsSchema, rawStaffWords, "content/interface/staff.json");
  const links = checked(z.record(z.string(), linkSchema), rawLinks, "content/links.json");
  checked(glossarySchema(Object.keys(links)), rawGlossary, "content/glossary.json");
  const whichSteps = checked(whichStepsSchema, rawWhichSteps, "content/which-steps.json");
  throwIfProblems(flowProblems(whichSteps, Object.keys(links)));
  throwIfBodyProblems(bodyReferenceProblems({ links: Object.keys(links), settings: Object.keys(settings) }));
  for (const name of readdirSync("content/emails").filter((file) => file.endsWith(".json"))) {
    const file = `content/emails/${name}`;
    const emails = checked(formEmailsSchema, readJson(file), file);
    const form = checked(formContentSchema, readJson(`content/forms/${name}`), `content/forms/${name}`);
    const problems = emailProblems(emails, form, Object.keys(settings), Object.keys(links));
    if (problems.length) throw new Error(`${file} has ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
  }
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));

/**
 * What in a form's emails the code could not fill in: placeholders that are not a setting, `reference`, a
 * question of the form or one of `answerWords`; conditions on unknown questions, answers or settings; unknown
 * link keys.
 */
export function emailProblems(emails: FormEmails, form: FormContent, settingKeys: string[], linkKeys: string[]) {
  const fields = new Map(form.sections.flatMap((section) => section.fields).map((field) => [field.name, field]));
  const answerWords = emails.answerWords ?? {};
  const placeholders = new Set([...settingKeys, "reference", ...fields.keys(), ...Object.keys(answerWords)]);
  const problems: string[] = [];
  const answerCheck = (where: string, question: string, answers: string[]) => {
    const field = fields.get(question);
    if (!field) return problems.push(`${where}: "${question}" is not a question of the form`);
    const values = field.options?.map((option) => option.value);
    for (const answer of answers) {
      if (values && !values.includes(answer)) problems.push(`${where}: "${answer}" is not an answer to "${question}"`);
    }
  };
  for (const [name, { answer, words }] of Object.entries(answerWords)) {
    answerCheck(`answerWords.${name}`, answer, Object.keys(words));
  }
  for (const [name, email] of Object.entries(emails.emails)) {
    const texts: [string, string][] = [[`emails.${name}.subject`, email.subject]];
    email.body.forEach((block, index) => {
      const where = `emails.${name}.body.${index}`;
      if ("paragraph" in block) texts.push([where, block.paragraph]);
      if ("heading" in block) texts.push([where, block.heading]);
      if ("quote" in block) texts.push([where, block.quote]);
      if ("steps" in block) block.steps.forEach((step) => texts.push([where, step]));
      if ("links" in block) {
        for (const key of block.links) if (!linkKeys.includes(key)) problems.push(`${where}: no link "${key}"`);
      }
      if (block.when && "answer" in block.when) answerCheck(`${where}.when`, block.when.answer, [block.when.is]);
      if (block.when && "setting" in block.when && !settingKeys.includes(block.when.setting)) {
        problems.push(`${where}.when: no setting "${block.when.setting}"`);
      }
    });
    for (const [where, text] of texts) {
      for (const placeholder of placeholdersIn(text)) {
        if (!placeholders.has(placeholder)) problems.push(`${where}: unknown placeholder {${placeholder}}`);
      }
    }
  }
  return problems;
}
