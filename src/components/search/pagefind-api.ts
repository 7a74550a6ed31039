/**
 * The part of Pagefind's browser API (`/pagefind/pagefind.js`, written by `pagefind --site dist`) that search uses.
 * Pagefind ships no types for it; these follow its documentation and runtime (Pagefind 1.6).
 */

/** A heading of a page that matched, returned inside its page's result. */
export interface PagefindSubResult {
  /** The heading's text. */
  title: string;
  /** The page's URL with `#id` of the heading (or without, for the text before the first heading). */
  url: string;
  /** Matching text from under the heading, with the matched words in `<mark>`. */
  excerpt: string;
}

/** A result's full data, fetched on demand. */
export interface PagefindResultData {
  url: string;
  /** Matching text from the page, with the matched words in `<mark>`. */
  excerpt: string;
  /** `title` comes from the h1's `data-pagefind-meta="title"`. */
  meta: Record<string, string | undefined>;
  /** `section` comes from `data-pagefind-filter` on the page's main element. */
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}

/** One page that matched; its data is loaded only when asked for. */
export interface PagefindResult {
  id: string;
  score: number;
  /** Where in the page's text the matched words are, in order (word positions). */
  words: number[];
  data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
}

export interface Pagefind {
  options(options: { basePath?: string; baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  /** Loads the index chunks a search for `term` would need, without searching. */
  preload(term: string): Promise<void>;
  /** `null` searches by filters alone. Words must all match, bar any the index does not contain at all. */
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindResponse>;
}
