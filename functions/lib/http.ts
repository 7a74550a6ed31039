import { formWords } from "../../src/lib/form-words.ts";
import { escapeHtml } from "../../src/lib/html.ts";
import { SECURITY_HEADERS } from "./security-headers.ts";

/** Small helpers for answering requests: JSON, plain errors and redirects. */

/** Headers of every JSON answer, made once: the form functions answer every submission with them. */
const jsonHeaders = {
  ...SECURITY_HEADERS,
  "Content-Type": "application/json; charset=utf-8",
  "Cache-Control": "no-store",
};

/** A JSON response. */
export const json = (status: number, body: unknown, headers?: Record<string, string>) =>
  new Response(JSON.stringify(body), { status, headers: headers ? { ...jsonHeaders, ...headers } : jsonHeaders });

/**
 * An error a person can act on: JSON `{ message }` for scripts, or a short HTML page with the message and a
 * link back to the form (for requests no browser form makes: wrong method, type, size or encoding).
 */
export function problem(status: number, message: string, { asJson, backTo }: { asJson: boolean; backTo: string }) {
  if (asJson) return json(status, { message });
  const page = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(formWords.errorPrefix + message)}</title></head><body><main><h1>${escapeHtml(formWords.problemHeading)}</h1><p>${escapeHtml(message)}</p><p><a href="${escapeHtml(backTo)}">${escapeHtml(formWords.problemBackLink)}</a></p></main></body></html>`;
  return new Response(page, {
    status,
    headers: htmlHeaders,
  });
}

/** Headers of every HTML page a function sends. */
export const htmlHeaders = {
  ...SECURITY_HEADERS,
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "no-store",
};

/** An HTML page (a re-rendered form, a confirmation page). */
export const htmlPage = (status: number, page: string, extra: Record<string, string> = {}) =>
  new Response(page, { status, headers: { ...htmlHeaders, ...extra } });

/** A 303 See Other, so that a refresh of the next page does not post the form again. */
export const seeOther = (location: string) =>
  new Response(null, {
    status: 303,
    headers: { ...SECURITY_HEADERS, Location: location, "Cache-Control": "no-store" },
  });

/** Text made safe to place in HTML (src/lib/html.ts, shared with the browser). */
export { escapeHtml };
