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
 * A word or run of words that the glossary (`content/glossary.json`) knows as a name of a term ("VLE", "NQT", "lead
 * provider") is searched for by every name of its term ("VLE" also as "virtual learning environment" and "Canvas"),
 * and those names count as one word: a page has the word if it has any of them, with the best of their scores. A
 * query that is one such name alone puts the glossary page (with the term's entry first among its headings)
 * second, after the best page about it.
 *
 * Plain TypeScript with no DOM: the search page runs it in the browser; the bench and tests can run it in Node.
 */
import { comparable, glossaryFilter, namesToSearch, type SearchableTerm } from "../../lib/glossary.ts";
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

/** A word of the query, or a glossary name of several words, with every way search writes it. */
interface QueryTerm {
  word: string;
  /** What is searched for: the word, and for a glossary name every name of its term. */
  alternatives: string[];
  /** For a glossary name, its term's anchor on the glossary page. */
  anchor?: string;
}

const glossaryNames = namesToSearch();
/** The most words a glossary name has, so that the longest name in the query is the one taken. */
const longestName = Math.max(1, ...[...glossaryNames.keys()].map((name) => name.split(" ").length));

/** The glossary term a run of query words names, if any (or names in the plural: "ECTs", "lead providers"). */
function glossaryTerm(words: string[]): SearchableTerm | undefined {
  const name = comparable(words.join(" "));
  return glossaryNames.get(name) ?? (name.endsWith("s") ? glossaryNames.get(name.slice(0, -1)) : undefined);
}

/** The longest run of words from `start` that names a glossary term, with the term, or the one word there. */
function glossaryNameAt(words: string[], start: number): { length: number; term?: SearchableTerm } {
  for (let length = Math.min(longestName, words.length - start); length > 0; length--) {
    const term = glossaryTerm(words.slice(start, start + length));
    if (term) return { length, term };
  }
  return { length: 1 };
}

/**
 * The query's words, each with its alternatives; a run of words that names a glossary term becomes one term. A single
 * word is searched for as typed and then by its term's names, so that a page with the reader's own word is marked
 * for it ("VLE" on the glossary) and a page without it for a name it has ("Virtual Learning Environment" on the
 * Canvas pages); a name of several words is searched for by its names alone (not with a typed "?").
 */
function queryTerms(query: string): QueryTerm[] {
  const words = queryWords(query);
  if (words[0]?.startsWith('"')) return [{ word: words[0], alternatives: words }];
  const terms: QueryTerm[] = [];
  for (let start = 0; start < words.length;) {
    const { length, term } = glossaryNameAt(words, start);
    const word = words.slice(start, start + length).join(" ");
    const alternatives = [...new Set([...(length === 1 ? [word] : []), ...(term?.names ?? [])])];
    if (!terms.some((known) => known.word === word)) terms.push({ word, alternatives, anchor: term?.anchor });
    start += length;
  }
  return terms;
}

/** A term of the query and the pages that have it: for each page, the result of its best-scoring alternative. */
interface WordResults {
  word: string;
  results: PagefindResult[];
  pages: Set<string>;
  /** The alternative each page is marked for in its excerpt (the first it has). */
  matchedAs: Map<string, string>;
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
  const glossaryPage = (await pagefind.search(null, { filters: { [glossaryFilter.name]: glossaryFilter.value } }))
    .results[0]?.id;

  // Each search's results are kept for the visit: the next query often shares words ("the", "ECTs").
  const searched = new Map<string, Promise<PagefindResult[]>>();
  const searchFor = (term: string) => {
    const search = searched.get(term) ?? pagefind.search(term).then(({ results }) => results);
    searched.set(term, search);
    return search;
  };
  /**
   * The pages with an alternative. A name of several words must be on the page as a phrase; Pagefind's phrase search
   * (in double quotes) finds those pages, but scores them all alike, so their scores come from the words' search.
   */
  const searchAlternative = async (alternative: string) => {
    if (!alternative.includes(" ") || alternative.startsWith('"')) return searchFor(alternative);
    const [withWords, withPhrase] = await Promise.all([searchFor(alternative), searchFor(`"${alternative}"`)]);
    const phrasePages = new Set(withPhrase.map(({ id }) => id));
    return withWords.filter(({ id }) => phrasePages.has(id));
  };
  const searchEach = (terms: QueryTerm[]) => {
    if (searched.size > 500) searched.clear();
    return Promise.all(
      terms.map(async ({ word, alternatives }): Promise<WordResults> => {
        const best = new Map<string, PagefindResult>();
        const matchedAs = new Map<string, string>();
        const found = await Promise.all(alternatives.map(searchAlternative));
        found.forEach((results, index) => {
          for (const result of results) {
            if (result.score > (best.get(result.id)?.score ?? -1)) best.set(result.id, result);
            // The first alternative a page has is the one it is marked for (see queryTerms for their order).
            if (!matchedAs.has(result.id)) matchedAs.set(result.id, alternatives[index]!);
          }
        });
        const results = [...best.values()].sort((a, b) => b.score - a.score);
        return { word, results, pages: new Set(best.keys()), matchedAs };
      }),
    );
  };

  return {
    preload(query) {
      for (const { alternatives } of queryTerms(query)) {
        for (const alternative of alternatives) void pagefind.preload(alternative);
      }
    },
    async search(query) {
      const terms = queryTerms(query);
      const perWord = (await searchEach(terms)).filter(({ results }) => results.length > 0);
      const rare = perWord.filter(({ pages }) => pages.size <= pageCount * commonWordShare);
      const counting = rare.length > 0 ? rare : perWord;
      const common = perWord.filter((word) => !counting.includes(word));
      const marked = [...counting, ...common.filter(({ pages }) => pages.size <= pageCount * unmarkedWordShare)];
      const anchors = terms.flatMap(({ anchor }) => (anchor ? [anchor] : []));
      const load = excerptLoader(searchFor, marked, anchors);
      const ranked = rank(counting, common);
      // A query that is one glossary name alone ("VLE", "NQT", "lead provider") shows the glossary's entry second,
      // after the best page about it: a reader typing just a name may well want to know what it means, but the page
      // about the thing comes first even where only the glossary uses the name typed ("NQT").
      if (terms.length === 1 && terms[0]!.anchor) moveTo(ranked, glossaryPage, 1);
      const hits = ranked.map((result): Hit => ({
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

/** Moves the result with the id `id` to position `to` (or last, if there are fewer); leaves the rest in order. */
function moveTo(results: PagefindResult[], id: string | undefined, to: number): void {
  const from = results.findIndex((result) => result.id === id);
  if (from >= 0) results.splice(to, 0, ...results.splice(from, 1));
}

/**
 * Loads a result's data from a search for just the words the page has (of those to mark; for a glossary name, the
 * name the page is marked for), so that Pagefind marks each of them in the excerpt; on the glossary page the entries
 * of the terms searched for (`anchors`) are listed first. Searches are shared, through `searchFor`, with the search
 * itself and between results with the same words.
 */
function excerptLoader(
  searchFor: (term: string) => Promise<PagefindResult[]>,
  marked: WordResults[],
  anchors: string[],
) {
  return async (result: PagefindResult): Promise<PagefindResultData> => {
    const words = marked.filter(({ pages }) => pages.has(result.id)).map(({ matchedAs }) => matchedAs.get(result.id)!);
    // Without quotes even for a name of several words: Pagefind lists only a phrase's first heading, not each.
    const key = words.join(" ");
    const sameWithMarks = (await searchFor(key)).find(({ id }) => id === result.id);
    const data = await (sameWithMarks ?? result).data();
    // On the glossary page, the entries of the terms searched for come first among its headings.
    const first = (url: string) => Number(anchors.some((anchor) => url.endsWith(`#${anchor}`)));
    return { ...data, sub_results: [...data.sub_results].sort((a, b) => first(b.url) - first(a.url)) };
  };
}
