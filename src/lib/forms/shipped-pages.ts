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
