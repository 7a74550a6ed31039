/**
 * Built pages that the functions read at request time (a form's page, re-rendered with errors; a confirmation
 * page, with the reference filled in) are copied here by the build (src/integrations/shipped-pages.ts), and
 * netlify.toml ships this folder, and only it, with the functions: one glob that never names a page.
 */

/** The folder, relative to the project root locally and to the task root on Netlify. */
export const SHIPPED_PAGES_DIR = "function-pages";

/** Where the built page at a URL path ("/register/school/") lies within the folder. */
export const shippedPageFile = (path: string) => `${SHIPPED_PAGES_DIR}${path.replace(/\/?$/, "/")}index.html`;

/** The staff area's page: the staff function fills it for every page of the area (functions/lib/staff/pages.ts). */
export const STAFF_PAGE = "/staff/";

/** The search page: the search function fills it with a query's results (functions/lib/search-page.ts). */
export const SEARCH_PAGE = "/search/";

/**
 * Pagefind's index: written by the build (src/integrations/search-index.ts) to this folder of the built site, where
 * the search page's script loads it (`/pagefind/pagefind.js`), and copied, without Pagefind's UI files, beside the
 * shipped pages for the search function, which runs the same index in Node.
 */
export const SEARCH_INDEX_FOLDER = "pagefind";

/** The search function's copy of the index, relative to the project root locally and to the task root on Netlify. */
export const SHIPPED_SEARCH_INDEX_DIR = `${SHIPPED_PAGES_DIR}/${SEARCH_INDEX_FOLDER}`;
