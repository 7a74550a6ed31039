/**
 * The search page's interface words: its label, filter and the sentences its script writes. The page's prose (what
 * to do without JavaScript, suggestions when nothing is found) is in `content/pages/search.mdx`; these are kept
 * here, apart from the logic, because the script composes them with numbers and the query.
 */
import type { Section } from "./site-search.ts";

const results = (count: number) => `${count} ${count === 1 ? "result" : "results"}`;

export const messages = {
  label: "Search the guidance, FAQ and resources",
  button: "Search",
  filterLegend: "Show results from",
  allSections: "All sections",
  showMore: "Show more results",
  /** The section's name under each result. */
  sectionName: { Guidance: "Guidance", FAQ: "FAQ", Resources: "Resources" } satisfies Record<Section, string>,
  /** A filter option: "FAQ (2)". */
  option: (name: string, count: number) => `${name} (${count})`,
  /** The count announced after each search. */
  found: (count: number, query: string, section?: Section) =>
    `${results(count)} for “${query}”${section ? ` in ${messages.sectionName[section]}` : ""}`,
  /** Announced when the chosen section has nothing but others do. */
  noneInSection: (query: string, section: Section, elsewhere: number) =>
    `No results for “${query}” in ${messages.sectionName[section]}. ${messages.allSections} has ${results(elsewhere)}.`,
  noResults: (query: string) => `No results for “${query}”`,
  /** The page title while showing results. */
  title: (query: string, title: string) => `${query} - ${title}`,
};
