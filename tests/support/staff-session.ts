import { afterAll, beforeAll, expect } from "vitest";
import { escapeHtml } from "../../functions/lib/http";
import { handleStaffRequest } from "../../functions/lib/staff/routes";
import type { startSmtp } from "./local-services";

/**
 * Requests to the staff function as a browser makes them, and signing in the way staff do: the link asked for,
 * read from the email the SMTP server received, and spent. For the tests in tests/functions/staff-*.test.ts.
 */

type Smtp = Awaited<ReturnType<typeof startSmtp>>;

/** The staff area's address in the tests: plain http on this machine, as `npm start` serves it. */
export const LOCAL = "http://localhost";

let lastIp = 0;
/**
 * An address from a documentation range, new each time: every request to the handler names one, so that a
 * test stays under the per-IP limit whatever other tests asked for.
 */
export const freshIp = () => `2001:db8::${(++lastIp).toString(16)}`;

let lastStaff = 0;
/**
 * Puts a new address on STAFF_EMAILS and returns it: each test signs in as staff of its own, so that the
 * five links an address may have in an hour are its own as well.
 */
export function freshStaff(): string {
  const address = `staff-${++lastStaff}@btsa.example`;
  process.env.STAFF_EMAILS = [process.env.STAFF_EMAILS, address].filter(Boolean).join(",");
  return address;
}

/** Sets STAFF_EMAILS for the tests of one file (freshStaff adds to it), and restores what it was afterwards. */
export function useStaffEmails(initial = "") {
  const before = process.env.STAFF_EMAILS;
  beforeAll(() => void (process.env.STAFF_EMAILS = initial));
  afterAll(() => {
    if (before === undefined) delete process.env.STAFF_EMAILS;
    else process.env.STAFF_EMAILS = before;
  });
}

/** How a request differs from a same-origin one with no cookie. */
export interface StaffRequestInit {
  method?: "GET" | "POST";
  cookie?: string;
  /** The form's fields, for a POST. */
  fields?: Record<string, string>;
  /** The Origin header: this site's by default on a POST; null leaves it out. */
  origin?: string | null;
  headers?: Record<string, string>;
  /** The site's origin: http://localhost by default. */
  site?: string;
  ip?: string;
}

/** Sends one request to the staff function's handler, as a browser would from the staff area's pages. */
export function staffRequest(path: string, init: StaffRequestInit = {}): Promise<Response> {
  const { method = "GET", cookie, fields, site = LOCAL, ip = freshIp() } = init;
  const origin = init.origin === undefined ? (method === "POST" ? site : null) : init.origin;
  const headers: Record<string, string> = { ...init.headers };
  if (origin !== null) headers.Origin = origin;
  if (cookie) headers.Cookie = cookie;
  if (fields) headers["Content-Type"] = "application/x-www-form-urlencoded";
  const body = method === "POST" ? new URLSearchParams(fields ?? {}).toString() : undefined;
  return handleStaffRequest(new Request(`${site}${path}`, { method, headers, body }), { ip });
}

/** A POST from the staff area's own pages. */
export const staffPost = (path: string, fields: Record<string, string> = {}, init: StaffRequestInit = {}) =>
  staffRequest(path, { ...init, method: "POST", fields });

/** Whether a page shows some words, as the pages write them: HTML-escaped. */
export const shows = (page: string, words: string) => page.includes(escapeHtml(words));

/** The sign-in links emailed to an address, newest last, as the email's text part gives them. */
export function signInLinks(smtp: Smtp, email: string): string[] {
  return smtp.received
    .filter((_, index) => smtp.envelopes[index]!.includes(email))
    .flatMap((mail) => [...(mail.text ?? "").matchAll(/https?:\/\/\S+\/staff\/sign-in\/link\/\?token=\S+/g)])
    .map(([link]) => link);
}

/** The token of the newest sign-in link emailed to an address. */
export function lastToken(smtp: Smtp, email: string): string {
  const link = signInLinks(smtp, email).at(-1);
  expect(link, `a sign-in link emailed to ${email}`).toBeDefined();
  return new URL(link!).searchParams.get("token")!;
}

/** A Set-Cookie header's name, value and attributes (names in lower case). */
export function parseSetCookie(header: string) {
  const [pair, ...attributes] = header.split(";").map((part) => part.trim());
  const [name, ...value] = pair!.split("=");
  const attrs = new Map(
    attributes.map((attribute) => {
      const [key, ...rest] = attribute.split("=");
      return [key!.toLowerCase(), rest.join("=")] as const;
    }),
  );
  return { name: name!, value: value.join("="), attributes: attrs };
}

/** A signed-in browser: its Cookie header, the session id in it, and the Set-Cookie header it came in. */
export interface SignedIn {
  email: string;
  cookie: string;
  id: string;
  setCookie: ReturnType<typeof parseSetCookie>;
}

/** Signs in as staff do: asks for a link, takes it from the email, opens it and presses the button. */
export async function signIn(smtp: Smtp, email = freshStaff(), site = LOCAL): Promise<SignedIn> {
  const asked = await staffPost("/staff/sign-in/", { email }, { site });
  expect(asked.status).toBe(200);
  const spent = await staffPost("/staff/sign-in/link/", { token: lastToken(smtp, email) }, { site });
  expect(spent.status).toBe(303);
  const setCookie = parseSetCookie(spent.headers.get("set-cookie")!);
  return { email, cookie: `${setCookie.name}=${setCookie.value}`, id: setCookie.value, setCookie };
}
