/**
 * The search page's form and results as HTML, with no DOM, and the search's address (`/search/?q=…&section=…&shown=…`).
 * The build writes the page with an empty form; the search function writes a query's results into it, so that they
 * need no JavaScript; the page's script reads the same address and updates the page with the same words and result
 * markup (search-result.ts). Every value is escaped.
 */
import { html, type SafeHtml } from "../../lib/html.ts";
import { messages } from "./messages.ts";
import type { PagefindResultData } from "./pagefind-api.ts";
import { resultId, resultHtml } from "./search-result.ts";
import { sections, type Outcome, type Section } from "./site-search.ts";

/** Results shown at first, and added by each "Show more results". */
export const pageSize = 10;
/** Longer queries are cut to this many characters: no real question is longer, and each word costs a search. */
export const maxQueryLength = 200;
/** The most results the search function shows on one page (its "Show more results" stops there). */
export const maxShown = 100;
/** The words of an excerpt, in the browser and the function alike (Pagefind's `excerptLength`). */
export const excerptLength = 24;

/** A search as its address asks for it. */
export interface SearchRequest {
  /** The query, trimmed and cut to {@link maxQueryLength}; "" when there is none. */
  query: string;
  section: Section | undefined;
  /** How many results to show, from {@link pageSize} to {@link maxShown}. */
  shown: number;
}

/** The query as searched for: trimmed, and cut to {@link maxQueryLength} characters (whole characters, not halves). */
export const normalQuery = (text: string) => Array.from(text.trim()).slice(0, maxQueryLength).join("").trim();

/** What a search's address asks for; anything malformed is read as its default. */
export function readSearch(params: URLSearchParams): SearchRequest {
  const asked = Number.parseInt(params.get("shown") ?? "", 10);
  return {
    query: normalQuery(params.get("q") ?? ""),
    section: sections.find((name) => name === params.get("section")),
    shown: Number.isFinite(asked) ? Math.min(Math.max(asked, pageSize), maxShown) : pageSize,
  };
}

/** The query string of a search ("?q=canvas&section=FAQ"), or "" for none; `shown` only when past the first page. */
export function searchQueryString({ query, section, shown }: Partial<SearchRequest>): string {
  if (!query) return "";
  const params = new URLSearchParams({ q: query });
  if (section) params.set("section", section);
  if (shown && shown > pageSize) params.set("shown", String(shown));
  return `?${params}`;
}

/** What a search found in the chosen section (in every section when none is chosen), best first. */
export function inSection(outcome: Outcome, section: Section | undefined) {
  return section ? outcome.hits.filter((hit) => hit.section === section) : outcome.hits;
}

/** The status line, which the live region announces: how many results, or that there are none. */
export function statusText(query: string, section: Section | undefined, outcome: Outcome): string {
  const total = outcome.hits.length;
  const found = section ? outcome.counts[section] : total;
  if (total === 0) return messages.noResults(query);
  if (found === 0) return messages.noneInSection(query, section!, total);
  return messages.found(found, query, section);
}

/** The filter's options: every section, then each one. */
const options = [undefined, ...sections] as const;
const optionName = (section: Section | undefined) => (section ? messages.sectionName[section] : messages.allSections);

/** A filter option's label: the section's name, with its number of results once there are any ("FAQ (2)"). */
export function optionLabel(section: Section | undefined, outcome: Outcome | undefined): string {
  if (!outcome) return optionName(section);
  return messages.option(optionName(section), section ? outcome.counts[section] : outcome.hits.length);
}

/** "Show more results" as the page's script has it: a button that adds the next results in place. */
export const moreButtonHtml = (hidden: boolean) =>
  html`<button id="search-more" class="search-more" type="button" ${hidden ? "hidden" : ""}>
    ${messages.showMore}
  </button>`;

/** The results the search function shows: the search, what it found, and the data of the results to show. */
export interface RenderedSearch {
  request: SearchRequest;
  outcome: Outcome;
  /** The first `request.shown` results in the section, each with its data. */
  shown: { data: PagefindResultData; section: Section | undefined }[];
  /** The suggestions under "No results for …" (content/pages/search.mdx), as the built page has them. */
  noResultsHelp: SafeHtml;
  /** The page's own title, for the script to put back when the query is cleared. */
  pageTitle: string;
}

/**
 * The search form, the status line, the suggestions, the results and "Show more results": empty as the build writes
 * it (`search` omitted), or with a search's results as the search function writes them. The results list then
 * says what it holds (`data-query`), so that the script takes the results over instead of drawing them again.
 */
export function searchFormAndResults(search?: RenderedSearch): SafeHtml {
  const query = search?.request.query ?? "";
  const section = search?.request.section;
  const outcome = search?.outcome;
  const found = outcome ? inSection(outcome, section) : [];
  const shown = search?.shown ?? [];
  // Without JavaScript "Show more results" is a link to the same search with more shown, landing on the first new one.
  const moreHref =
    found.length > shown.length && shown.length < maxShown
      ? `${searchQueryString({ query, section, shown: shown.length + pageSize })}#${resultId(shown.length + 1)}`
      : undefined;
  const optionId = (option: Section | undefined) => `search-section-${option ?? "all"}`;
  return html`<form id="search-form" class="search-form" action="/search/" method="get">
      <label for="search-q" class="search-form__label">${messages.label}</label>
      <div class="search-form__row">
        <input
          id="search-q"
          name="q"
          type="search"
          maxlength="${maxQueryLength}"
          autocomplete="off"
          spellcheck="false"
          value="${query}"
        />
        <button type="submit">${messages.button}</button>
      </div>
      <fieldset id="search-filter" class="search-filter" ${outcome?.hits.length ? "" : "hidden"}>
        <legend>${messages.filterLegend}</legend>
        <div class="search-filter__options">
          ${options.map(
            (option) =>
              html`<div class="search-filter__option">
                <input
                  type="radio"
                  name="section"
                  id="${optionId(option)}"
                  value="${option ?? ""}"
                  ${option === section ? "checked" : ""}
                />
                <label for="${optionId(option)}">${optionLabel(option, outcome)}</label>
              </div>`,
          )}
        </div>
        <button class="search-filter__apply" type="submit">${messages.filterButton}</button>
      </fieldset>
    </form>
    <p id="search-status" class="search-status" role="status">${outcome ? statusText(query, section, outcome) : ""}</p>
    <div id="search-help">${outcome?.hits.length === 0 ? search!.noResultsHelp : ""}</div>
    <ol
      id="search-results"
      class="search-results"
      ${search ? html`data-query="${query}" data-page-title="${search.pageTitle}"` : ""}
    >
      ${shown.map(({ data, section: resultSection }, index) => resultHtml(data, resultSection, index + 1))}
    </ol>
    ${
      moreHref
        ? html`<a id="search-more" class="search-more" href="${moreHref}">${messages.showMore}</a>`
        : moreButtonHtml(true)
    }`;
}
