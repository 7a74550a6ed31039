import type { AstroIntegration } from "astro";
import { checkContent } from "../lib/content-check.ts";
import { throwIfProblems, unbuiltPageProblems } from "../lib/which-steps/check.ts";
import { whichSteps } from "../lib/which-steps/flow.ts";

/**
 * Checks the content files that code reads directly before anything is built (or served by `astro dev`):
 * the pages and the functions then read them as checked values. Once the site is built, checks that every page
 * the question flow links to was made.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: "content-check",
    hooks: {
      "astro:config:setup": () => checkContent(),
      "astro:build:done": ({ pages }) =>
        throwIfProblems(unbuiltPageProblems(whichSteps, new Set(pages.map(({ pathname }) => `/${pathname}`)))),
    },
  };
}
