// node bench/staff-pages.ts [--stored 10000] [--months 23] [--runs 5] [--latency 0] [--http] [--http-runs 3] [--blobs-dir /dev/shm]
// No npm needed: with PATH="$PWD/node_modules/node/bin:$PATH" (Node 24 from the npm `node` package), or as
// node_modules/node/bin/node bench/staff-pages.ts. The built staff page must be there: run `netlify build --offline`
// (or `npm run build`) once first.
/**
 * What the staff area's pages cost with many stored submissions. `--stored` school registrations, spread over the
 * last `--months` months as bench/store-scale.ts spreads them, are stored through the store's own functions
 * (tests/support/seed-submissions.ts), and one in ten is moved on to "in progress" and one in ten to "done"
 * through the staff's own change (updateSubmission). All of them are in the one form: the list, its filters and
 * the export read one form's months, so that is their worst case; the dashboard reads every form's rows either way.
 *
 * It signs in as staff do (a link asked for, taken from the email a real smtp-server receives, spent for the
 * session cookie), then sends each page `--runs` times to handleStaffRequest (functions/lib/staff/routes.ts) with
 * that cookie: the list's first page, its page 3, filtered by status, filtered by text that only the oldest month
 * holds and by text that nothing holds (both read every month), the dashboard, a submission's page and the CSV
 * export of every submission. Printed with console.table: median and min–max ms, blob requests (counted by
 * Netlify's own local BlobsServer; a session's "last seen" write, once a minute, may add one) and bytes. The
 * issue's target, the list page with 10,000 stored served in ≤ 1 s, is checked on the list rows and the dashboard.
 *
 * A blob request takes a millisecond or two here and tens on Netlify: `--latency 30` holds each of the timed
 * pages' blob requests 30 ms (bench/support/blobs-latency.ts), to show what reads blobs one after another.
 * `--http` times the same pages again over HTTP through the browser tests' server (tests/support/serve.ts, Netlify's
 * @netlify/dev, which builds the function for every request), with the seeded blobs copied into its Blobs folder.
 * A benchmark, not a test: it prints its table and exits 0 unless a page answers other than expected.
 */
import { existsSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { parseArgs } from "node:util";
import "./support/typescript-hooks.ts";
import { startBlobsLatency } from "./support/blobs-latency.ts";
import { httpGet, serveWithBlobs } from "./support/netlify-dev-server.ts";

const { values: args } = parseArgs({
  options: {
    stored: { type: "string", default: "10000" },
    months: { type: "string", default: "23" },
    runs: { type: "string", default: "5" },
    latency: { type: "string", default: "0" },
    http: { type: "boolean", default: false },
    "http-runs": { type: "string", default: "3" },
    "blobs-dir": { type: "string", default: existsSync("/dev/shm") ? "/dev/shm" : tmpdir() },
  },
});
const stored = Number(args.stored);
if (!(stored >= 200)) throw new Error("--stored: at least 200, for page 3 and the filters to have rows to show");
const runs = Math.max(1, Number(args.runs));
const httpRuns = Math.max(1, Number(args["http-runs"]));
const latency = Number(args.latency);

// After the hooks: the functions' source needs them.
const { handleStaffRequest } = await import("../functions/lib/staff/routes.ts");
const { closeMailer } = await import("../functions/lib/mailer.ts");
const { inParallel } = await import("../functions/lib/in-parallel.ts");
const { registeredForms } = await import("../functions/lib/registered-forms.ts");
const { updateSubmission } = await import("../functions/lib/submissions.ts");
const { pointBlobsAt, startBlobs, startSmtp } = await import("../tests/support/local-services.ts");
const { seedSubmissions, spreadOverMonths } = await import("../tests/support/seed-submissions.ts");
const { validSchoolRegistration } = await import("../tests/fixtures/school-registration.ts");

const school = registeredForms.schoolRegistration;
const formId = school.form.id;
const staff = "bench.staff@btsa.example";
const schoolName = (index: number) => `Bench School ${index}`;
const loadAtStart = loadavg();

const blobs = await startBlobs(args["blobs-dir"]);
const smtp = await startSmtp();
Object.assign(process.env, {
  STAFF_EMAILS: staff,
  SMTP_URL: smtp.url,
  MAIL_FROM: "bench@btsa.example",
  ALLIANCE_INBOX: "ecf@btsa.example",
});

// Whatever happens, the servers stop and the Blobs folder goes.
try {
  const seedStart = performance.now();
  const seeded = await seedSubmissions(school, spreadOverMonths(stored, Number(args.months)), (index) => ({
    ...validSchoolRegistration(),
    schoolName: schoolName(index),
  }));
  // seedSubmissions stores them in parallel: found again by index, 0 the newest.
  const byName = new Map(seeded.map((one) => [one.record.data.schoolName as string, one]));
  const nth = (index: number) => byName.get(schoolName(index))!;
  await inParallel([...Array(Math.floor(stored / 10)).keys()], 16, async (tenth) => {
    await updateSubmission(formId, nth(tenth * 10 + 3).key, staff, { status: "in progress" });
    await updateSubmission(formId, nth(tenth * 10 + 7).key, staff, { status: "done" });
  });
  console.error(`stored ${stored} in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

  // Signing in as staff do: the link from the email, spent by a POST from the staff area's own page.
  const origin = "http://127.0.0.1";
  const post = (path: string, fields: Record<string, string>) =>
    handleStaffRequest(
      new Request(`${origin}${path}`, {
        method: "POST",
        headers: { origin, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(fields),
      }),
      { ip: "127.0.0.1" },
    );
  await post("/staff/sign-in/", { email: staff });
  const token = /token=([\w-]{43})/.exec(`${smtp.received[0]?.text}`)?.[1];
  if (!token) throw new Error("No sign-in link in the email");
  const spent = await post("/staff/sign-in/link/", { token });
  const cookie = spent.headers.get("set-cookie")?.split(";")[0];
  if (spent.status !== 303 || !cookie) throw new Error(`Spending the link answered ${spent.status}, and no cookie`);

  /** A page to time: its path, and what its answer must hold. */
  interface StaffPage {
    name: string;
    path: string;
    expect: string;
    /** Whether the issue's "≤ 1 s" applies. */
    target?: boolean;
  }
  const list = `/staff/${formId}/`;
  const oldest = nth(stored - 10).record;
  const middle = nth(Math.floor(stored / 2));
  const pages: StaffPage[] = [
    { name: "list, first page", path: list, expect: nth(0).record.reference, target: true },
    { name: "list, page 3", path: `${list}?page=3`, expect: nth(100).record.reference, target: true },
    { name: 'list, status "done"', path: `${list}?status=done`, expect: nth(7).record.reference, target: true },
    {
      name: "list, text in the oldest month",
      path: `${list}?q=${encodeURIComponent(schoolName(stored - 10))}`,
      expect: oldest.reference,
      target: true,
    },
    { name: "list, text matching nothing", path: `${list}?q=no+such+school`, expect: "No submissions", target: true },
    { name: "dashboard", path: "/staff/", expect: "School registrations", target: true },
    { name: "submission page", path: `${list}${middle.key}/`, expect: middle.record.reference },
    { name: `CSV export (all ${stored})`, path: `/staff/${formId}/export.csv`, expect: oldest.reference },
  ];

  /** What a page answered, as the handler or the server gave it. */
  interface Answer {
    status: number;
    body: Buffer;
    headerBytes?: number;
  }
  interface Timed {
    ms: number;
    requests: number;
    bytes: number;
    headerBytes?: number | undefined;
  }

  /** Times one answer, its body read to the end, and checks it. */
  async function timed(page: StaffPage, send: () => Promise<Answer>): Promise<Timed> {
    const before = blobs.requests.count;
    const start = performance.now();
    const { status, body, headerBytes } = await send();
    const ms = performance.now() - start;
    const text = body.toString();
    if (status !== 200 || !text.includes(page.expect))
      throw new Error(`${page.path} answered ${status} without "${page.expect}":\n${text.slice(0, 2000)}`);
    return { ms, requests: blobs.requests.count - before, bytes: body.length, headerBytes };
  }

  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const half = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
  };
  const span = (values: number[]) => {
    const [low, high] = [Math.min(...values), Math.max(...values)].map((value) => Math.round(value));
    return low === high ? `${low}` : `${low}–${high}`;
  };
  const HANDLER = latency ? `handler, +${latency} ms a blob request` : "handler";
  const HTTP = "HTTP (@netlify/dev)";
  const table: Record<string, string | number>[] = [];
  const addRow = (where: string, page: StaffPage, results: Timed[]) => {
    const ms = results.map((result) => result.ms);
    const overHttp = where === HTTP;
    table.push({
      where,
      page: page.name,
      "median ms": Math.round(median(ms)),
      "min–max ms": span(ms),
      // The server over HTTP has a Blobs server of its own, uncounted.
      "blob requests": overHttp ? "" : span(results.map(({ requests }) => requests)),
      bytes: span(results.map(({ bytes }) => bytes)),
      ...(args.http ? { "header bytes": overHttp ? span(results.map(({ headerBytes }) => headerBytes!)) : "" } : {}),
      // Over HTTP, @netlify/dev builds the function for every request: the target is the handler's.
      "≤ 1 s": page.target && !overHttp ? (median(ms) <= 1000 ? "yes" : "OVER") : "",
    });
  };

  const latencyProxy = latency ? await startBlobsLatency(blobs.url, latency) : undefined;
  if (latencyProxy) pointBlobsAt(latencyProxy.url);
  for (const page of pages) {
    const results: Timed[] = [];
    for (let run = 0; run < runs; run++) {
      const send = async () => {
        const response = await handleStaffRequest(new Request(`${origin}${page.path}`, { headers: { cookie } }));
        return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
      };
      results.push(await timed(page, send));
    }
    addRow(HANDLER, page, results);
  }
  await latencyProxy?.stop();

  if (args.http) {
    const httpStart = performance.now();
    const served = await serveWithBlobs(blobs.directory, "test-site", { STAFF_EMAILS: staff, SMTP_URL: "" });
    try {
      for (const page of pages) {
        const results: Timed[] = [];
        for (let run = 0; run < httpRuns; run++)
          results.push(await timed(page, () => httpGet(`${served.url}${page.path}`, { cookie })));
        addRow(HTTP, page, results);
      }
    } finally {
      await served.stop();
    }
    console.error(`HTTP part in ${((performance.now() - httpStart) / 1000).toFixed(1)} s`);
  }

  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(", ");
  console.log(
    `${stored} school registrations over ${args.months} months; ${runs} runs a page${args.http ? ` (${httpRuns} over HTTP)` : ""}`,
  );
  console.log(`load average (1, 5, 15 min): ${load(loadAtStart)} at the start, ${load(loadavg())} at the end`);
  console.table(table);
} finally {
  closeMailer();
  await smtp.stop();
  await blobs.stop();
}
