/**
 * Content that code outside Astro's collections reads (the functions, the go-live check). The build checks
 * each file against its schema first (src/integrations/content-check.ts); here it is only typed, so the
 * functions carry no schema library.
 */
import rawLinks from "../../content/links.json" with { type: "json" };
import rawWelcomePack from "../../content/welcome-pack.json" with { type: "json" };
import type { Link } from "../schemas/links.ts";
import type { WelcomePack } from "../schemas/welcome-pack.ts";

/** Every external link, by key. */
export const links = rawLinks as Record<string, Link>;

/** The welcome pack; every link key it names is checked against `links` by the build. */
export const welcomePack = rawWelcomePack as WelcomePack;

/** A link by key; throws for a key `links.json` does not have. */
export function linkFor(key: string): Link {
  const link = links[key];
  if (!link) throw new Error(`No link "${key}" in content/links.json`);
  return link;
}
