/**
 * Content that code outside Astro's collections reads (the functions, the go-live check). The build checks
 * each file against its schema first (src/integrations/content-check.ts); here it is only typed, so the
 * functions carry no schema library.
 */
import rawLinks from "../../content/links.json" with { type: "json" };
import type { Link } from "../schemas/links.ts";
import { blankAsNull } from "./blank.ts";

/** Every external link, by key; an address left empty in the content editor (`""`) reads as `null`. */
export const links = Object.fromEntries(
  Object.entries(rawLinks).map(([key, link]) => [key, { ...link, url: blankAsNull(link.url) }]),
) as Record<string, Link>;
