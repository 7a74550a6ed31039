import type { Config, Context } from "@netlify/functions";
import { EMAIL_NOTICE_MARKERS, REFERENCE_MARKERS, fillMarked } from "../src/lib/forms/page-markers.ts";
import { builtPage } from "./lib/form-page.ts";
import { escapeHtml, htmlPage } from "./lib/http.ts";
import { isReference } from "./lib/reference.ts";

const EMAIL_PENDING_NOTICE =
  '<p class="notice"><strong>Your confirmation email will follow.</strong> We could not send it just now, but your answers are saved and you do not need to send the form again.</p>';

/**
 * GET a form's confirmation page: the built page with the reference number from the query filled in
 * (only if it is shaped like a reference), and a notice when the confirmation email is still to follow.
 */
export default async (req: Request, _context: Context) => {
  const url = new URL(req.url);
  let page = await builtPage(url.pathname);
  const reference = url.searchParams.get("reference") ?? "";
  if (isReference(reference)) page = fillMarked(page, REFERENCE_MARKERS, escapeHtml(reference));
  if (url.searchParams.get("email") === "pending") page = fillMarked(page, EMAIL_NOTICE_MARKERS, EMAIL_PENDING_NOTICE);
  return htmlPage(200, page, { "X-Robots-Tag": "noindex" });
};

export const config: Config = {
  // URLPattern: with or without the trailing slash that Astro's page links use.
  path: ["/register/school/confirmation{/}?", "/register/participant/confirmation{/}?", "/contact/sent{/}?"],
  method: ["GET"],
};
