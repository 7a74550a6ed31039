/**
 * How a search result looks: its title as a link that carries the highlighting to the page, its section, its excerpt
 * with the searched words marked, and the page's matching headings, each a link to its anchor.
 *
 * The one markup of a result, as an HTML string with every value escaped (Pagefind's excerpts are split into text and
 * marks by parseExcerpt, so no markup of theirs passes through): the search function writes it into the page, and the
 * page's script adds the same strings to the list, so a result looks the same however it was found.
 */
import { html, type SafeHtml } from "../../lib/html.ts";
import { highlightedUrl, parseExcerpt } from "./excerpt.ts";
import { messages } from "./messages.ts";
import type { PagefindResultData } from "./pagefind-api.ts";
import type { Section } from "./site-search.ts";

/** Headings of a page shown under its result, at most. */
const headingsPerResult = 3;

/** The id of the result at `place` (from 1) in the list: "Show more results" without JavaScript lands on it. */
export const resultId = (place: number) => `result-${place}`;

const excerpt = (text: string) =>
  html`<p class="search-result__excerpt">
    ${parseExcerpt(text).map((part) => (part.marked ? html`<mark>${part.text}</mark>` : html`${part.text}`))}
  </p>`;

/** One result, as an item of the results list; `place` is its place in the list, from 1. */
export function resultHtml(data: PagefindResultData, section: Section | undefined, place: number): SafeHtml {
  const title = data.meta.title ?? data.url;
  const headings = data.sub_results
    .filter((sub) => sub.url.includes("#") && sub.title !== title)
    .slice(0, headingsPerResult);
  return html`<li class="search-result" id="${resultId(place)}">
    <h2 class="search-result__title"><a href="${highlightedUrl(data.url, data.excerpt)}">${title}</a></h2>
    ${section ? html`<p class="search-result__section">${messages.sectionName[section]}</p>` : ""}
    ${excerpt(data.excerpt)}
    ${
      headings.length > 0
        ? html`<ul class="search-result__headings">
            ${headings.map(
              (sub) =>
                html`<li>
                  <a href="${highlightedUrl(sub.url, sub.excerpt)}">${sub.title}</a>${excerpt(sub.excerpt)}
                </li>`,
            )}
          </ul>`
        : ""
    }
  </li>`;
}
