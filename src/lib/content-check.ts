/**
 * The checks the build runs on the content files that code reads directly (settings, links, the welcome
 * pack): each against its schema, naming the file and every bad field. Astro's collections check the rest.
 */
import rawLinks from "../../content/links.json" with { type: "json" };
import rawSettings from "../../content/settings.json" with { type: "json" };
import rawWelcomePack from "../../content/welcome-pack.json" with { type: "json" };
import { z } from "astro/zod";
import { linkSchema } from "../schemas/links.ts";
import { settingsSchema, type Settings } from "../schemas/settings.ts";
import { welcomePackSchema } from "../schemas/welcome-pack.ts";

/** Checks one file's content against its schema; throws naming the file and each bad field. */
export function checked<Schema extends z.ZodType>(schema: Schema, input: unknown, file: string): z.infer<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  throw new Error(`${file} has ${problems.length} bad field(s):\n${problems.join("\n")}`);
}

/** Checks settings, so that a typo fails the build legibly. */
export const parseSettings = (input: unknown, file = "content/settings.json"): Settings =>
  checked(settingsSchema, input, file);

/** Checks every content file code reads directly, and that the welcome pack names only known links. */
export function checkContent(): void {
  parseSettings(rawSettings);
  const links = checked(z.record(z.string(), linkSchema), rawLinks, "content/links.json");
  const pack = checked(welcomePackSchema, rawWelcomePack, "content/welcome-pack.json");
  const keys = [
    ...pack.preparatoryInformation.links,
    pack.roles.ect.handbookLink,
    pack.roles.mentor.handbookLink,
    pack.inductionConference.registrationLink,
  ];
  const unknown = keys.filter((key) => !links[key]);
  if (unknown.length) throw new Error(`content/welcome-pack.json names unknown link keys: ${unknown.join(", ")}`);
}
