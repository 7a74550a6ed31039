/**
 * The glossary (`content/glossary.json`, checked by the build) and what search needs of it: for each name a reader
 * may type ("VLE", "NQT", "lead provider"), every name of its term. Plain TypeScript with no schema library: the
 * search page's script imports it, so it stays small, and Node imports it too.
 */
import raw from "../../content/glossary.json" with { type: "json" };
import type { Glossary, GlossaryTerm } from "../schemas/glossary.ts";

/** The glossary's terms, as written in the file. */
export const glossary = raw as Glossary;

/** The Pagefind filter the glossary page carries, so that search can tell its result from the others. */
export const glossaryFilter = { name: "page", value: "glossary" } as const;

/** Text as search compares names: lower case, its words of letters and digits one space apart ("Sign-in" → "sign in"). */
export const comparable = (text: string): string =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(" ");

/** The anchor of a term on the glossary page: its words, lower case, joined by hyphens ("early-career-teacher"). */
export const termAnchor = (term: string): string => comparable(term).replaceAll(" ", "-");

/** A glossary term as search uses it: every name it has, and its anchor on the glossary page. */
export interface SearchableTerm {
  names: string[];
  anchor: string;
}

/**
 * Every name a reader may type for a term, with the term's anchor and the names it is also searched for by: all the
 * term's names (the term first) for an abbreviation, another name or a term of several words ("lead provider"); none
 * for a one-word term, an everyday word ("mentor") searched for as typed alone, or it would bring in every page with
 * any of its other names.
 */
export function namesToSearch(terms: readonly GlossaryTerm[] = glossary.terms): Map<string, SearchableTerm> {
  const byName = new Map<string, SearchableTerm>();
  for (const { term, abbreviations, otherNames } of terms) {
    const anchor = termAnchor(term);
    const names = [...new Set([term, ...abbreviations, ...otherNames].map(comparable))];
    const everyName = { names, anchor };
    for (const name of [...abbreviations, ...otherNames].map(comparable)) byName.set(name, everyName);
    byName.set(comparable(term), comparable(term).includes(" ") ? everyName : { names: [], anchor });
  }
  return byName;
}
