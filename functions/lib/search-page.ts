import { excerptLength, readSearch, inSection, searchFormAndResults } from "../../src/components/search/search-view.ts";
import { decodeHtmlText } from "../../src/components/search/excerpt.ts";
import { messages } from "../../src/components/search/messages.ts";
import { loadPagefind } from "../../src/components/search/pagefind-node.ts";
import { createSiteSearch, type SiteSearch } from "../../src/components/search/site-search.ts";
import { SEARCH_MARKERS, fillMarked } from "../../src/lib/forms/page-markers.ts";
import { SEARCH_PAGE, SHIPPED_SEARCH_INDEX_DIR } from "../../src/lib/forms/shipped-pages.ts";
import { SafeHtml, escapeHtml } from "../../src/lib/html.ts";
import { builtPage, shippedFile } from "./built-page.ts";

/**
 * The search page with a query's results in its HTML, for browsers without JavaScript (and before the page's script
 * has loaded): the built search page (src/pages/search.astro) filled between its markers by the same markup the
 * script uses (src/components/search/search-view.ts), ranked by the same search (site-search.ts) over the same
 * Pagefind index, whose copy ships with the function (SHIPPED_SEARCH_INDEX_DIR) and runs in Node (pagefind-node.ts).
 */

let siteSearch: Promise<SiteSearch> | undefined;

/**
 * The search, loaded on the first request of a warm instance and kept for the next ones: Pagefind's WebAssembly, its
 * index's entry and the pages of each section. Not at import time, so that a request without a query never pays it.
 */
function loadedSiteSearch(): Promise<SiteSearch> {
  if (!siteSearch) {
    siteSearch = loadPagefind(shippedFile(SHIPPED_SEARCH_INDEX_DIR), { excerptLength }).then(createSiteSearch);
    siteSearch.catch(() => (siteSearch = undefined)); // tried again on the next request
  }
  return siteSearch;
}

/** The suggestions under "No results for …": the copy content/pages/search.mdx puts in the page's template. */
const noResultsHelp = (page: string) =>
  new SafeHtml(/<template id="search-no-results-help">([\s\S]*?)<\/template>/.exec(page)?.[1] ?? "");

/** The built page's own title, as text. */
const pageTitleOf = (page: string) => decodeHtmlText(/<title>([^<]*)<\/title>/.exec(page)?.[1] ?? "");

/**
 * The search page for a request's address: as built when it has no query, else with the query's results. Throws if
 * the index cannot be loaded.
 */
export async function renderSearchPage(url: URL): Promise<string> {
  const page = await builtPage(SEARCH_PAGE);
  const request = readSearch(url.searchParams);
  if (!request.query) return page;
  const outcome = await (await loadedSiteSearch()).search(request.query);
  const hits = inSection(outcome, request.section).slice(0, request.shown);
  const data = await Promise.all(hits.map((hit) => hit.load()));
  const pageTitle = pageTitleOf(page);
  const filled = searchFormAndResults({
    request,
    outcome,
    shown: data.map((result, index) => ({ data: result, section: hits[index]!.section })),
    noResultsHelp: noResultsHelp(page),
    pageTitle,
  });
  return fillMarked(page, SEARCH_MARKERS, filled.value).replace(
    /<title>[^<]*<\/title>/,
    // A function, so that no "$" in the query is read as a replacement pattern.
    () => `<title>${escapeHtml(messages.title(request.query, pageTitle))}</title>`,
  );
}
