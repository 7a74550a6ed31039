import type { Config, Context } from "@netlify/functions";
import { REFERENCE_MARKERS, fillMarked } from "../src/lib/forms/page-markers.ts";
import { builtPage } from "./lib/built-page.ts";
import { escapeHtml, htmlPage } from "./lib/http.ts";
import { isReference } from "./lib/reference.ts";

/**
 * GET a form's confirmation page: the built page with the reference number from the query filled in
 * (only if it is shaped like a reference).
 */
export default async (req: Request, _context: Context) => {
  const url = new URL(req.url);
  let page = await builtPage(url.pathname);
  const reference = url.searchParams.get("reference") ?? "";
  if (isReference(reference)) page = fillMarked(page, REFERENCE_MARKERS, escapeHtml(reference));
  return htmlPage(200, page, { "X-Robots-Tag": "noindex" });
};

export const config: Config = {
  // URLPattern: with or without the trailing slash that Astro's page links use.
  path: ["/register/school/confirmation{/}?", "/register/participant/confirmation{/}?", "/contact/sent{/}?"],
  method: ["GET"],
};
