import { ABSOLUTE_TIMEOUT_MS } from "./access.ts";

/** What a staff request is, as far as sign-in and forgery are concerned: cookies and where it came from. */

/** Plain http on this machine (npm start, the tests): browsers keep no `__Host-` or Secure cookie there. */
export const isLocalHttp = (url: URL) =>
  url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);

/** The session cookie's name: `__Host-` bound to this host over https, a plain name on http://localhost. */
export const sessionCookieName = (url: URL) => (isLocalHttp(url) ? "btsa-staff" : "__Host-btsa-staff");

const cookieAttributes = (url: URL) => `${isLocalHttp(url) ? "" : "Secure; "}HttpOnly; SameSite=Strict; Path=/`;

/** The Set-Cookie header that starts a session; the browser drops it when the session could last no longer. */
export const sessionCookie = (url: URL, id: string) =>
  `${sessionCookieName(url)}=${id}; ${cookieAttributes(url)}; Max-Age=${ABSOLUTE_TIMEOUT_MS / 1000}`;

/** The Set-Cookie header that removes the session cookie. */
export const clearedSessionCookie = (url: URL) => `${sessionCookieName(url)}=; ${cookieAttributes(url)}; Max-Age=0`;

/** The session id the request's cookie carries, if any. */
export function sessionIdOf(req: Request): string | undefined {
  const name = sessionCookieName(new URL(req.url));
  for (const pair of (req.headers.get("cookie") ?? "").split(";")) {
    const [key, ...value] = pair.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}

/**
 * Whether a POST comes from the staff area's own pages: its Origin is this site's, and the browser does not
 * call it cross-site. A form on another site cannot make a signed-in browser change anything.
 */
export function isSameOrigin(req: Request): boolean {
  if (req.headers.get("sec-fetch-site") === "cross-site") return false;
  return req.headers.get("origin") === new URL(req.url).origin;
}

/** Where a sign-in link points: this site's address (URL on Netlify), or the request's own on this machine. */
export function linkOrigin(req: Request, siteUrl: string | null): string {
  const url = new URL(req.url);
  if (isLocalHttp(url)) return url.origin;
  return new URL(process.env.URL ?? siteUrl ?? url.origin).origin;
}
