/**
 * Comments that mark the parts of a built page a function fills in at request time. Astro writes the
 * page once; the function swaps what stands between a pair of markers.
 */

/** Around the form: re-rendered with the answers and messages when a no-JavaScript submission needs correcting. */
export const FORM_MARKERS = ["<!--form:start-->", "<!--form:end-->"] as const;
/** Around the reference number on a confirmation page. */
export const REFERENCE_MARKERS = ["<!--reference:start-->", "<!--reference:end-->"] as const;

/** Replaces what stands between a pair of markers, keeping the markers; throws if the page lacks them. */
export function fillMarked(page: string, [start, end]: readonly [string, string], html: string): string {
  const from = page.indexOf(start);
  const to = page.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`The page has no ${start} … ${end} markers`);
  return page.slice(0, from + start.length) + html + page.slice(to);
}

/** Around the main content of the staff page, which the staff function fills for every page of the staff area. */
export const STAFF_MARKERS = ["<!--staff:start-->", "<!--staff:end-->"] as const;

/** Around a question of the "Which steps apply?" flow: re-rendered with an answer chosen, or with its error. */
export const QUESTION_MARKERS = ["<!--question:start-->", "<!--question:end-->"] as const;
/** Around the search page's form and results, which the search function fills with a query's results. */
export const SEARCH_MARKERS = ["<!--search:start-->", "<!--search:end-->"] as const;
