/**
 * Content that code outside Astro reads too (the functions, the go-live check): parsed once with its
 * schema, so a bad file fails loudly wherever it is first used.
 */
import rawLinks from "../../content/links.json" with { type: "json" };
import rawWelcomePack from "../../content/welcome-pack.json" with { type: "json" };
import { z } from "astro/zod";
import { linkSchema, type Link } from "../schemas/links.ts";
import { welcomePackSchema, type WelcomePack } from "../schemas/welcome-pack.ts";

/** Every external link, by key. */
export const links: Record<string, Link> = z.record(z.string(), linkSchema).parse(rawLinks);

/** The welcome pack, with every link key it names checked against `links`. */
export const welcomePack: WelcomePack = parseWelcomePack(rawWelcomePack);

function parseWelcomePack(input: unknown): WelcomePack {
  const pack = welcomePackSchema.parse(input);
  const keys = [
    ...pack.preparatoryInformation.links,
    pack.roles.ect.handbookLink,
    pack.roles.mentor.handbookLink,
    pack.inductionConference.registrationLink,
  ];
  const unknown = keys.filter((key) => !links[key]);
  if (unknown.length) throw new Error(`content/welcome-pack.json names unknown link keys: ${unknown.join(", ")}`);
  return pack;
}

/** A link by key; throws for a key `links.json` does not have. */
export function linkFor(key: string): Link {
  const link = links[key];
  if (!link) throw new Error(`No link "${key}" in content/links.json`);
  return link;
}
