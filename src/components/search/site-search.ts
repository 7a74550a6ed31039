/**
 * Search over the Pagefind index, tuned for questions typed in a school's own words.
 *
 * Pagefind on its own finds the pages that have every word of the query (or a word starting with it, or sharing its
 * stem), leaving out words the site never uses. That suits "welcome pack", but not "which delivery partner do I
 * pick" (no page has every word) nor "how do I log in to Canvas" (the pages with "how", "do", "in" and "to" as well
 * as "Canvas" are not the pages about Canvas). So each word is searched for on its own, and:
 * - a one-letter word ("I", "a") is left out: it matches the start of nearly every word;
 * - a word on more than a third of the pages ("do", "the", "ECTs") is too common to tell pages apart: it does not
 *   bring pages into the results, and counts half in their score, unless every word is that common;
 * - the pages with every word that counts come first, then those with some; each group in order of the sum of
 *   Pagefind's scores for the page's words;
 * - a result's excerpt marks each word of the query the page has, bar those on more than half the pages.
 *
 * Plain TypeScript with no DOM: the search page runs it in the browser; the bench and tests can run it in Node.
 */
import type { Pagefind, PagefindResult, PagefindResultData } from "./pagefind-api.ts";

/** The sections search can be narrowed to, as the pages' `data-pagefind-filter="section:…"` names them. */
export const sections = ["Guidance", "FAQ", "Resources"] as const;
export type Section = (typeof sections)[number];

/** A word on more than this share of the pages is common: it brings no pages in, if rarer words are there. */
const commonWordShare = 1 / 3;
/** How much a common word's score counts. */
const commonWordWeight = 0.5;
/** A word on more than this share of the pages is not marked in excerpts. */
const unmarkedWordShare = 1 / 2;

/** One page found. */
export interface Hit {
  id: string;
  /** The page's section, if it has one. */
  section: Section | undefined;
  /** Loads the page's title, URL and excerpt, with the words searched for in `<mark>`. */
  load(): Promise<PagefindResultData>;
}

/** What a search found. */
export interface Outcome {
  /** The pages found, best first, in every section. */
  hits: Hit[];
  /** How many of the hits are in each section. */
  counts: Record<Section, number>;
}

/** A search of the whole site. */
export interface SiteSearch {
  search(query: string): Promise<Outcome>;
  /** Loads the index for a query's words while it is being typed, so that searching for it is quicker. */
  preload(query: string): void;
}

/** The words of a query worth searching for, each once, in order; a query in double quotes is one exact phrase. */
export function queryWords(query: string): string[] {
  if (/^\s*".+"\s*$/.test(query)) return [query.trim()];
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.replace(/[^\p{L}\p{N}]/gu, "").length > 1);
  return [...new Set(words)];
}

/** A word of the query and the pages that have it. */
interface WordResults {
  word: string;
  results: PagefindResult[];
  pages: Set<string>;
}

/** Prepares a search: learns which section each page is in (and so how many pages there are) from Pagefind. */
export async function createSiteSearch(pagefind: Pagefind): Promise<SiteSearch> {
  const sectionOf = new Map<string, Section>();
  await Promise.all(
    sections.map(async (section) => {
      const { results } = await pagefind.search(null, { filters: { section } });
      for (const result of results) sectionOf.set(result.id, section);
    }),
  );
  // Every indexed page is in a section; one that was not would only nudge where "common" begins.
  const pageCount = sectionOf.size;

  // Each word's results are kept for the visit: the next query often shares words ("the", "ECTs").
  const searched = new Map<string, Promise<WordResults>>();
  const searchEach = (words: string[]) => {
    if (searched.size > 500) searched.clear();
    return Promise.all(
      words.map((word) => {
        const search =
          searched.get(word) ??
          pagefind.search(word).then(({ results }) => ({ word, results, pages: new Set(results.map(({ id }) => id)) }));
        searched.set(word, search);
        return search;
      }),
    );
  };

  return {
    preload(query) {
      for (const word of queryWords(query)) void pagefind.preload(word);
    },
    async search(query) {
      const perWord = (await searchEach(queryWords(query))).filter(({ results }) => results.length > 0);
      const rare = perWord.filter(({ pages }) => pages.size <= pageCount * commonWordShare);
      const counting = rare.length > 0 ? rare : perWord;
      const common = perWord.filter((word) => !counting.includes(word));
      const marked = [...counting, ...common.filter(({ pages }) => pages.size <= pageCount * unmarkedWordShare)];
      const load = excerptLoader(pagefind, perWord, marked);
      const hits = rank(counting, common).map((result): Hit => ({
        id: result.id,
        section: sectionOf.get(result.id),
        load: () => load(result),
      }));
      const counts = Object.fromEntries(sections.map((section) => [section, 0])) as Record<Section, number>;
      for (const { section } of hits) if (section) counts[section] += 1;
      return { hits, counts };
    },
  };
}

/**
 * Pages with a word that counts: those with every such word first, then those with some; each group by the sum of
 * Pagefind's scores for the page's words, a common word's at a discount.
 */
function rank(counting: WordResults[], common: WordResults[]): PagefindResult[] {
  const pages = new Map<string, { result: PagefindResult; score: number; counted: number }>();
  for (const { results } of counting) {
    for (const result of results) {
      const page = pages.get(result.id) ?? { result, score: 0, counted: 0 };
      page.score += result.score;
      page.counted += 1;
      pages.set(result.id, page);
    }
  }
  for (const { results } of common) {
    for (const result of results) {
      const page = pages.get(result.id);
      if (page) page.score += result.score * commonWordWeight;
    }
  }
  const hasEvery = (page: { counted: number }) => Number(page.counted === counting.length);
  return [...pages.values()].sort((a, b) => hasEvery(b) - hasEvery(a) || b.score - a.score).map(({ result }) => result);
}

/**
 * Loads a result's data from a search for just the words the page has (of those to mark), so that Pagefind marks
 * each of them in the excerpt. Searches are shared between results with the same words.
 */
function excerptLoader(pagefind: Pagefind, perWord: WordResults[], marked: WordResults[]) {
  const searches = new Map(perWord.map(({ word, results }) => [word, Promise.resolve(results)]));
  return async (result: PagefindResult): Promise<PagefindResultData> => {
    const words = marked.filter(({ pages }) => pages.has(result.id)).map(({ word }) => word);
    const key = words.join(" ");
    const search = searches.get(key) ?? pagefind.search(key).then(({ results }) => results);
    searches.set(key, search);
    const sameWithMarks = (await search).find(({ id }) => id === result.id);
    return (sameWithMarks ?? result).data();
  };
}
