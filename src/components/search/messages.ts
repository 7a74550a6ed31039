/**
 * The search page's interface words, from `content/interface/search.json` (checked by the build), composed with
 * numbers and the query, for the page's markup wherever it is made (the build, the search function, the page's
 * script). The page's prose (the suggestions when nothing is found) is in `content/pages/search.mdx`.
 */
import raw from "../../../content/interface/search.json" with { type: "json" };
import { fillIn } from "../../lib/fill-in.ts";
import type { SearchWords } from "../../schemas/interface.ts";
import type { Section } from "./site-search.ts";

const words = raw as SearchWords;

const results = (count: number) => fillIn(count === 1 ? words.oneResult : words.manyResults, { count });

export const messages = {
  label: words.label,
  button: words.button,
  filterLegend: words.filterLegend,
  filterButton: words.filterButton,
  allSections: words.allSections,
  showMore: words.showMore,
  /** The section's name in the filter and under each result. */
  sectionName: words.sectionNames satisfies Record<Section, string>,
  /** A filter option: "FAQ (2)". */
  option: (name: string, count: number) => fillIn(words.option, { section: name, count }),
  /** The count announced after each search. */
  found: (count: number, query: string, section?: Section) =>
    section
      ? fillIn(words.foundInSection, { results: results(count), query, section: words.sectionNames[section] })
      : fillIn(words.found, { results: results(count), query }),
  /** Announced when the chosen section has nothing but others do. */
  noneInSection: (query: string, section: Section, elsewhere: number) =>
    fillIn(words.noneInSection, {
      query,
      section: words.sectionNames[section],
      allSections: words.allSections,
      results: results(elsewhere),
    }),
  noResults: (query: string) => fillIn(words.noResults, { query }),
  /** The page title while showing results. */
  title: (query: string, title: string) => fillIn(words.title, { query, title }),
};
