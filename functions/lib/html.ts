/**
 * The `html` template tag for the functions' pages and emails: every interpolated value escaped unless it is
 * {@link SafeHtml}. It lives in src/lib/html.ts, which the search page's script shares.
 */
export { SafeHtml, html } from "../../src/lib/html.ts";
