import type { Context } from "@netlify/functions";
import { settings } from "../../../src/lib/settings.ts";
import { staffWords } from "../../../src/lib/staff-words.ts";
import { fillIn } from "../../../src/lib/fill-in.ts";
import { trainingGroups } from "../../../src/lib/training-groups.ts";
import { streamedSubmissionsCsv } from "../csv-export.ts";
import { handOverEmails } from "../email-hand-over.ts";
import { inParallel } from "../in-parallel.ts";
import { htmlHeaders, seeOther } from "../http.ts";
import { html } from "../html.ts";
import { sendEmail, type Email } from "../mailer.ts";
import { isReference } from "../reference.ts";
import { formsById, registeredForms, type RegisteredForm } from "../registered-forms.ts";
import { SUBMISSION_STATUSES, getRecord, type SubmissionRecord, type SubmissionStatus } from "../store.ts";
import { allRows, listSubmissions, rowMatcher, type ListQuery, type SubmissionRow } from "../submission-index.ts";
import {
  SubmissionChangeError,
  eraseSubmission,
  requestResend,
  updateSubmission,
  type SubmissionChange,
} from "../submissions.ts";
import {
  REQUESTS_PER_IP,
  REQUEST_WINDOW_MS,
  endSession,
  issueLinkToken,
  liveSession,
  spendLinkToken,
  staffEmails,
  startSession,
  withinLimit,
  type StaffSession,
} from "./access.ts";
import {
  closedPage,
  dashboardPage,
  deletionPage,
  linkPage,
  linkSentPage,
  listPage,
  missingPage,
  refusedPage,
  signInPage,
  submissionPage,
  type FormCounts,
} from "./pages.ts";
import { staffPaths } from "./paths.ts";
import { clearedSessionCookie, isSameOrigin, linkOrigin, sessionCookie, sessionIdOf } from "./requests.ts";

/**
 * Every route of the staff area, with who may use it. The staff function (functions/staff.ts) dispatches
 * through this table, and the tests walk it: a route added here is covered by the signed-out checks at once.
 */

/** What a route's handler gets. */
export interface StaffRequest {
  req: Request;
  url: URL;
  context: Partial<Pick<Context, "ip" | "waitUntil">>;
  /** The signed-in staff member, on routes for staff. */
  session: StaffSession | null;
  /** The route's form, on routes under /staff/<form>/. */
  entry: RegisteredForm;
  /** The submission key, on routes under /staff/<form>/<key>/. */
  key: string;
  /** A POST's fields. */
  fields: URLSearchParams;
}

export interface StaffRoute {
  method: "GET" | "POST";
  /** The path, with `:form` for a form id and `:key` for a submission key. */
  path: string;
  /** Whether only signed-in staff may use it. */
  staffOnly: boolean;
  handle: (request: StaffRequest) => Promise<Response>;
}

const words = staffWords;

/** Headers of every staff page: never stored by a cache, never indexed. */
export const STAFF_HEADERS = { ...htmlHeaders, "X-Robots-Tag": "noindex, nofollow" };

export const staffHtml = (status: number, page: string, extra: Record<string, string> = {}) =>
  new Response(page, { status, headers: { ...STAFF_HEADERS, ...extra } });

const page = async (status: number, rendered: Promise<string>, extra?: Record<string, string>) =>
  staffHtml(status, await rendered, extra);

const withHeaders = (response: Response, headers: Record<string, string>) => {
  for (const [name, value] of Object.entries(headers)) response.headers.append(name, value);
  return response;
};

/** Work that may finish after the answer (on Netlify), or is awaited first (in tests). */
async function afterAnswer(context: StaffRequest["context"], work: Promise<unknown>) {
  const settled = work.catch((error: Error) => console.error(`[staff] ${error.message}`));
  if (context.waitUntil) context.waitUntil(settled);
  else await settled;
}

/** A plausible email address: the answer is the same for every one, so this only catches slips. */
const looksLikeEmail = (text: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) && text.length <= 254;

// ---------------------------------------------------------------------------------------------------------
// Signing in and out

async function requestLink({ req, context, fields }: StaffRequest): Promise<Response> {
  const email = (fields.get("email") ?? "").trim();
  if (!looksLikeEmail(email)) return page(422, signInPage({ error: words.signIn.emailMissing }));
  // Everything that depends on the address happens after the answer: it is the same, and as quick, for all.
  const origin = linkOrigin(req, settings.siteUrl);
  await afterAnswer(
    context,
    (async () => {
      if (!(await withinLimit("ip", clientIp(context), REQUESTS_PER_IP, REQUEST_WINDOW_MS))) return;
      const token = await issueLinkToken(email);
      if (token) await sendEmail(signInEmail(email, `${origin}${staffPaths.signInLink}?token=${token}`));
    })(),
  );
  return page(200, linkSentPage());
}

/** The sign-in email: the link, in text and in HTML (every value escaped by the `html` template). */
function signInEmail(to: string, link: string): Email {
  const e = words.signInEmail;
  const organisation = settings.organisationName;
  const [subject, intro] = [fillIn(e.subject, { organisation }), fillIn(e.intro, { organisation })];
  return {
    name: "sign-in link",
    to,
    subject,
    text: `${intro}\n\n${link}\n\n${e.ignore}\n`,
    html: html`<p>${intro}</p>
      <p><a href="${link}">${link}</a></p>
      <p>${e.ignore}</p>`.value,
  };
}

/** Whose requests a rate limit counts: the client's IP, as Netlify gives it. */
const clientIp = (context: StaffRequest["context"]) => context.ip || "unknown";

/**
 * The page a sign-in link opens. Its address holds the token, so it is never sent to another site; but not
 * "no-referrer", under which browsers send `Origin: null` with the Sign in button's POST, and the origin check
 * refuses it.
 */
async function showLink({ url }: StaffRequest): Promise<Response> {
  return page(200, linkPage(url.searchParams.get("token") ?? ""), { "Referrer-Policy": "same-origin" });
}

async function spendLink({ url, context, fields, session }: StaffRequest): Promise<Response> {
  const allowed = await withinLimit("ip", clientIp(context), REQUESTS_PER_IP, REQUEST_WINDOW_MS);
  const email = allowed ? await spendLinkToken(fields.get("token") ?? "") : null;
  if (!email) return page(400, refusedPage(words.signIn.linkRefused));
  if (session) await endSession(session.id);
  const id = await startSession(email);
  return withHeaders(seeOther(staffPaths.home), { "Set-Cookie": sessionCookie(url, id) });
}

async function signOut({ url, session }: StaffRequest): Promise<Response> {
  await endSession(session!.id);
  return withHeaders(seeOther(`${staffPaths.home}?signed-out`), { "Set-Cookie": clearedSessionCookie(url) });
}

// ---------------------------------------------------------------------------------------------------------
// Submissions

async function formCounts(entry: RegisteredForm): Promise<FormCounts> {
  const counts = Object.fromEntries(SUBMISSION_STATUSES.map((status) => [status, 0])) as FormCounts["counts"];
  let emailPending = 0;
  for (const row of await allRows(entry.form.id)) {
    counts[row.status]++;
    if (row.email === "pending") emailPending++;
  }
  return { form: entry, counts, emailPending };
}

async function home({ url, session }: StaffRequest): Promise<Response> {
  if (!session) {
    const signedOut = url.searchParams.has("signed-out");
    return page(200, signInPage(signedOut ? { notice: words.signIn.signedOutTitle } : {}));
  }
  const forms = await Promise.all(Object.values(registeredForms).map(formCounts));
  return page(200, dashboardPage(forms, session.email));
}

const isStatus = (value: string | null): value is SubmissionStatus =>
  SUBMISSION_STATUSES.includes(value as SubmissionStatus);

function listQueryOf(url: URL): ListQuery {
  const status = url.searchParams.get("status");
  const page = Number(url.searchParams.get("page") ?? 1);
  return {
    status: isStatus(status) ? status : undefined,
    text: url.searchParams.get("q")?.trim().slice(0, 200) || undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

async function list({ url, entry, session }: StaffRequest): Promise<Response> {
  const query = listQueryOf(url);
  const found = await listSubmissions(entry.form.id, query);
  const deleted = url.searchParams.get("deleted") ?? "";
  return page(200, listPage(entry, query, found, session!.email, isReference(deleted) ? deleted : undefined));
}

/** How many records the export reads at once, and in each batch it sends. */
const EXPORT_CONCURRENCY = 64;
const EXPORT_BATCH = 512;

/**
 * A form's submissions as CSV, all or as the list is filtered, newest first. Streamed: each record is a blob read,
 * and the file goes out a batch at a time as they are read.
 */
async function exportCsv({ url, entry }: StaffRequest): Promise<Response> {
  const rows = (await allRows(entry.form.id)).filter(rowMatcher(listQueryOf(url)));
  const readRecords = async (batch: readonly SubmissionRow[]) => {
    const records: (SubmissionRecord | null)[] = [];
    await inParallel([...batch.keys()], EXPORT_CONCURRENCY, async (index) => {
      records[index] = await getRecord(entry.form.id, batch[index]!.key);
    });
    return records.filter((record) => record !== null && record !== undefined);
  };
  const { filename, stream } = streamedSubmissionsCsv(entry.form, rows, readRecords, { batchSize: EXPORT_BATCH });
  return new Response(stream, {
    headers: {
      ...STAFF_HEADERS,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
    },
  });
}

async function withRecord(
  { entry, key, session }: StaffRequest,
  show: (record: SubmissionRecord) => Promise<string>,
): Promise<Response> {
  const record = await getRecord(entry.form.id, key);
  if (!record) return page(404, missingPage(entry, session!.email));
  return page(200, show(record));
}

const notices: Record<string, string> = { saved: words.submission.saved, resent: words.submission.resent };

async function submission(request: StaffRequest): Promise<Response> {
  const { url, entry, key, session } = request;
  const notice = [...url.searchParams.keys()].map((name) => notices[name]).find(Boolean);
  return withRecord(request, (record) =>
    submissionPage(entry, key, record, trainingGroups, session!.email, notice ? { notice } : {}),
  );
}

/** A staff change from one of the submission page's forms: saved and back to the page, or the page with its error. */
function change(field: keyof SubmissionChange, read: (fields: URLSearchParams) => SubmissionChange) {
  return async (request: StaffRequest): Promise<Response> => {
    const { entry, key, session, fields } = request;
    try {
      const record = await updateSubmission(entry.form.id, key, session!.email, read(fields));
      if (!record) return page(404, missingPage(entry, session!.email));
      return seeOther(`${staffPaths.submission(entry.form.id, key)}?saved`);
    } catch (error) {
      if (!(error instanceof SubmissionChangeError)) throw error;
      const record = await getRecord(entry.form.id, key);
      if (!record) return page(404, missingPage(entry, session!.email));
      const state = { errors: { [field]: error.message }, values: Object.fromEntries(fields) };
      return page(422, submissionPage(entry, key, record, trainingGroups, session!.email, state));
    }
  };
}

async function resend({ req, context, entry, key, session }: StaffRequest): Promise<Response> {
  const record = await requestResend(entry.form.id, key, session!.email);
  if (!record) return page(404, missingPage(entry, session!.email));
  await afterAnswer(context, handOverEmails({ form: entry.form.id, key }, req.url));
  return seeOther(`${staffPaths.submission(entry.form.id, key)}?resent`);
}

async function confirmDeletion(request: StaffRequest): Promise<Response> {
  const { entry, key, session } = request;
  return withRecord(request, (record) => deletionPage(entry, key, record, session!.email));
}

async function erase({ entry, key, session }: StaffRequest): Promise<Response> {
  const record = await getRecord(entry.form.id, key);
  if (!(await eraseSubmission(entry.form.id, key))) return page(404, missingPage(entry, session!.email));
  console.log(`[staff] ${session!.email} deleted ${entry.form.id} ${record?.reference ?? key}`);
  const search = record ? `?${new URLSearchParams({ deleted: record.reference })}` : "";
  return seeOther(`${staffPaths.list(entry.form.id)}${search}`);
}

export const staffRoutes: StaffRoute[] = [
  { method: "GET", path: "/staff/", staffOnly: false, handle: home },
  { method: "POST", path: "/staff/sign-in/", staffOnly: false, handle: requestLink },
  { method: "GET", path: "/staff/sign-in/link/", staffOnly: false, handle: showLink },
  { method: "POST", path: "/staff/sign-in/link/", staffOnly: false, handle: spendLink },
  { method: "POST", path: "/staff/sign-out/", staffOnly: true, handle: signOut },
  { method: "GET", path: "/staff/:form/", staffOnly: true, handle: list },
  { method: "GET", path: "/staff/:form/export.csv", staffOnly: true, handle: exportCsv },
  { method: "GET", path: "/staff/:form/:key/", staffOnly: true, handle: submission },
  {
    method: "POST",
    path: "/staff/:form/:key/status/",
    staffOnly: true,
    handle: change("status", (fields) => ({ status: (fields.get("status") ?? "") as SubmissionStatus })),
  },
  {
    method: "POST",
    path: "/staff/:form/:key/training-group/",
    staffOnly: true,
    handle: change("trainingGroup", (fields) => ({ trainingGroup: fields.get("trainingGroup") || null })),
  },
  {
    method: "POST",
    path: "/staff/:form/:key/note/",
    staffOnly: true,
    handle: change("note", (fields) => ({ note: (fields.get("note") ?? "").trim() })),
  },
  { method: "POST", path: "/staff/:form/:key/resend/", staffOnly: true, handle: resend },
  { method: "GET", path: "/staff/:form/:key/delete/", staffOnly: true, handle: confirmDeletion },
  { method: "POST", path: "/staff/:form/:key/delete/", staffOnly: true, handle: erase },
];

/** A route's path as a pattern: a known form id for `:form`, a 128-bit hex key for `:key`. */
const patternOf = (path: string) =>
  new RegExp(
    `^${path.replace(/\./g, "\\.").replace(":form", "(?<form>[a-z-]+)").replace(":key", "(?<key>[0-9a-f]{32})")}$`,
  );
const compiled = staffRoutes.map((route) => ({ route, pattern: patternOf(route.path) }));

/** The largest POST body a staff form sends (a 2,000-character note, percent-encoded). */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * Answers a request to the staff area: finds its route, refuses cross-site POSTs and signed-out use of staff
 * routes (a GET is sent to sign in, a POST gets 403), then runs the route.
 */
export async function handleStaffRequest(req: Request, context: StaffRequest["context"] = {}): Promise<Response> {
  const url = new URL(req.url);
  if (!url.pathname.endsWith("/") && !url.pathname.endsWith(".csv")) return seeOther(`${url.pathname}/${url.search}`);
  if (staffEmails().length === 0) return page(403, closedPage());

  const matches = compiled.flatMap(({ route, pattern }) => {
    const found = pattern.exec(url.pathname);
    const groups: { form?: string; key?: string } = found?.groups ?? {};
    return found && (!groups.form || formsById.has(groups.form)) ? [{ route, groups }] : [];
  });
  if (matches.length === 0) return page(404, refusedPage(words.refused.notFound));
  if (req.method === "POST" && !isSameOrigin(req)) return page(403, refusedPage(words.refused.crossSite));
  const session = await liveSession(sessionIdOf(req));
  const match = matches.find(({ route }) => route.method === req.method);
  if (!match || (match.route.staffOnly && !session)) {
    if (req.method === "GET") return seeOther(staffPaths.home);
    if (!session) return page(403, refusedPage(words.refused.signedOut));
    const allow = matches.map(({ route }) => route.method).join(", ");
    return new Response(null, { status: 405, headers: { ...STAFF_HEADERS, Allow: allow } });
  }
  const { route, groups } = match;

  let fields = new URLSearchParams();
  if (req.method === "POST") {
    const body = await req.text();
    if (body.length > MAX_BODY_BYTES) return new Response(null, { status: 413, headers: STAFF_HEADERS });
    fields = new URLSearchParams(body);
  }
  return route.handle({
    req,
    url,
    context,
    session,
    entry: formsById.get(groups.form ?? "")!,
    key: groups.key ?? "",
    fields,
  });
}
