import type { AstroIntegration } from "astro";
import { checkContent } from "../lib/content-check.ts";

/**
 * Checks the content files that code reads directly before anything is built (or served by `astro dev`):
 * the pages and the functions then read them as checked values.
 */
export function contentCheck(): AstroIntegration {
  return { name: "content-check", hooks: { "astro:config:setup": () => checkContent() } };
}
