// node_modules/node/bin/node bench/store-scale.ts [--sizes 1000,10000] [--pending 100] [--expired 1000] [--blobs-dir /dev/shm]
/**
 * What the submissions store costs as it grows: for each size, school registrations spread over the last 23
 * months are stored through the store's own functions (tests/support/seed-submissions.ts), then it measures, in
 * blob requests (counted by Netlify's own local BlobsServer) and milliseconds:
 * - a retry run (functions/retry-emails.ts) with nothing queued, and with `--pending` queued submissions whose
 *   hand-over was lost an hour ago (their emails go to a real smtp-server);
 * - the first page of the staff list (50 rows, newest first), and the first page of those "done";
 * - a retention run (functions/lib/retention.ts) deleting `--expired` submissions stored 30 months ago, with a
 *   24-month period.
 * A benchmark, not a test: it prints a table and exits 0 unless it crashes. Requests are the measure that
 * carries to Netlify; milliseconds are this machine's and include the local server's own costs (it lists a store
 * by reading its folder, and a read there carries no etag, so a read for a conditional write also lists).
 */
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { parseArgs } from "node:util";
import "./support/typescript-hooks.ts";

const { values: args } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000" },
    pending: { type: "string", default: "100" },
    expired: { type: "string", default: "1000" },
    "blobs-dir": { type: "string", default: existsSync("/dev/shm") ? "/dev/shm" : tmpdir() },
  },
});
const sizes = args.sizes.split(",").map(Number);
const pendingCount = Number(args.pending);
const expiredCount = Number(args.expired);

const { default: retryEmails } = await import("../functions/retry-emails.ts");
const { closeMailer } = await import("../functions/lib/mailer.ts");
const { registeredForms } = await import("../functions/lib/registered-forms.ts");
const { deleteExpired, retentionCutoff } = await import("../functions/lib/retention.ts");
const { listSubmissions } = await import("../functions/lib/submission-index.ts");
const { startBlobs, startSmtp } = await import("../tests/support/local-services.ts");
const { seedSubmissions, spreadOverMonths } = await import("../tests/support/seed-submissions.ts");
const { validSchoolRegistration } = await import("../tests/fixtures/school-registration.ts");

const school = registeredForms.schoolRegistration;
const answers = (index: number) => ({ ...validSchoolRegistration(), schoolName: `Bench School ${index}` });
const rows: { stored: number; operation: string; requests: number; ms: number; note: string }[] = [];

for (const size of sizes) {
  const blobs = await startBlobs(args["blobs-dir"]);
  const smtp = await startSmtp();
  Object.assign(process.env, {
    SMTP_URL: smtp.url,
    ALLIANCE_INBOX: "ecf@btsa.example",
    MAIL_FROM: "bench@btsa.example",
  });
  const measure = async <T>(operation: string, run: () => Promise<T>, note: (result: T) => string) => {
    const before = blobs.requests.count;
    const start = performance.now();
    const result = await run();
    const ms = performance.now() - start;
    rows.push({ stored: size, operation, requests: blobs.requests.count - before, ms, note: note(result) });
  };
  const seedStart = performance.now();
  await seedSubmissions(school, spreadOverMonths(size, 23), answers);
  console.error(`stored ${size} in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
  // The first run after a deploy does the backfill once; what is measured is every run after it.
  await measure("first retry run (backfill)", retryEmails, () => "once after the deploy");
  const retried = async () => ((await (await retryEmails()).json()) as { retried: unknown[] }).retried.length;
  await measure("retry run, 0 queued", retried, (count) => `${count} handled`);
  const anHourAgo = new Date(Date.now() - 3_600_000).toISOString();
  await seedSubmissions(school, Array(pendingCount).fill(anHourAgo), answers, { pending: true });
  await measure(
    `retry run, ${pendingCount} queued`,
    retried,
    (count) => `${count} handled, ${smtp.received.length} emails`,
  );
  await measure(
    "staff list, first page",
    () => listSubmissions(school.form.id),
    (page) => `${page.rows.length} rows`,
  );
  await measure(
    'staff list, first page of "done"',
    () => listSubmissions(school.form.id, { status: "done" }),
    (page) => `${page.rows.length} rows (none is done)`,
  );
  const thirtyMonthsAgo = retentionCutoff(new Date(), 30).toISOString();
  await seedSubmissions(school, Array(expiredCount).fill(thirtyMonthsAgo), answers);
  await measure(
    `retention run, ${expiredCount} expired`,
    () => deleteExpired(24),
    (result) => `${result.deleted} deleted${result.finished ? "" : ", more left"}`,
  );
  closeMailer();
  await smtp.stop();
  await blobs.stop();
}

console.table(
  rows.map(({ stored, operation, requests, ms, note }) => ({
    stored,
    operation,
    "blob requests": requests,
    ms: Math.round(ms),
    note,
  })),
);
