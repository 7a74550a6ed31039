// node_modules/node/bin/node bench/school-registration.ts [--duration 10] [--connections 10] [--warmup 2] [--rounds 5] [--services worker|inline] [--blobs-dir /dev/shm] [--emails between-rounds|during-rounds|skip]
/**
 * Throughput and latency of POST /api/school-registrations on loopback: the real handler (validation, store,
 * hand-over of the emails to the email background function), served directly by node:http, beside a minimal
 * handler that only does the same blob writes (the record and its queue entry), in one run. Afterwards, once the
 * background function has sent everything, every 201 from the real handler is looked up in the store, each of its
 * emails must be "sent",
 * and the SMTP server must have had two emails per registration. A benchmark, not a test: it prints PASS or
 * BELOW TARGET for the 0.8x target and exits 0 unless it crashes.
 *
 * The email background function (functions/send-emails-background.ts) runs as Netlify runs it: in a process of
 * its own (bench/support/email-worker.ts) that answers 202 at once and then sends; EMAIL_WORKER_URL points the
 * real handler at it. On Netlify it runs on instances of its own, not on the form function's CPU; this machine
 * has 2 cores for everything, so by default (`--emails between-rounds`) the worker answers each call 202 during a
 * measured round and sends that round's emails right after it, before the next round. `--emails during-rounds`
 * sends them as they come, on the same 2 cores as the handler and the load generator; `--emails skip` sends none
 * (records stay "pending"). Blobs is Netlify's own BlobsServer and mail goes to a real smtp-server; both run in a
 * worker thread of this process by default (`--services inline` runs them on the handlers' thread) and serve both
 * processes; the Blobs data is on tmpfs (/dev/shm) when there is one: on a disk the blob write time, and so the
 * baseline, swings between runs. The two handlers run in interleaved rounds (ABBA), so a change in the machine's
 * load falls on both. "drain s" is time after the rounds spent on requests autocannon abandoned, on
 * `context.waitUntil` work and on the email worker finishing what it was handed: it is not in req/s, so work moved
 * there shows, and none of it spills into the other handler's round. CPU columns are per response: "main" is the
 * handlers' thread (with the load generator), "all" this process (with the Blobs and SMTP servers, which also
 * serve the worker), "worker" the email worker's process.
 */
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import type { Context } from "@netlify/functions";
import { getStore, setEnvironmentContext } from "@netlify/blobs";
import "./support/typescript-hooks.ts";
import { BLOBS_SITE, startEmailWorker, startServices, startServicesInWorker } from "./support/services.ts";

const TARGET = 0.8;
const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    warmup: { type: "string", default: "2" },
    rounds: { type: "string", default: "5" },
    services: { type: "string", default: "worker" },
    "blobs-dir": { type: "string" },
    emails: { type: "string", default: "between-rounds" },
  },
});
const duration = Number(args.duration);
const connections = Number(args.connections);
const warmup = Number(args.warmup);
const rounds = Math.max(1, Math.round(Number(args.rounds)));

// After the hooks: the functions' source needs them.
const { default: realHandler } = await import("../functions/school-registrations.ts");
const { schoolRegistrationForm } = await import("../src/lib/forms/school-registration.ts");
const { submissionKey } = await import("../functions/lib/reference.ts");
const { getRecord, storedKeys } = await import("../functions/lib/store.ts");
const { validSchoolRegistration } = await import("../tests/fixtures/school-registration.ts");

/** Netlify's function signature; the bench's context has only `waitUntil`, the one member a handler may rely on here. */
type Handler = (req: Request, context: Context) => Promise<Response>;

const blobsParent = args["blobs-dir"] ?? (existsSync("/dev/shm") ? "/dev/shm" : tmpdir());
const services =
  args.services === "inline" ? await startServices(blobsParent) : await startServicesInWorker(blobsParent);
setEnvironmentContext({
  ...BLOBS_SITE,
  edgeURL: services.blobsUrl,
  uncachedEdgeURL: services.blobsUrl,
  primaryRegion: "us-east-1",
});
const mailSettings = { allianceInbox: "ecf@btsa.example", mailFrom: "BTSA <no-reply@btsa.example>" };
// Only the email worker sends, with the same settings; this process has none, so a send from here would show.
const EMAIL_MODES = ["between-rounds", "during-rounds", "skip"];
if (!EMAIL_MODES.includes(args.emails)) throw new Error(`--emails is one of ${EMAIL_MODES.join(", ")}`);
const sendsEmails = args.emails !== "skip";
const holdsEmailsDuringRounds = args.emails === "between-rounds";
const emailWorker = await startEmailWorker(services, mailSettings, { sends: sendsEmails });
process.env.EMAIL_WORKER_URL = emailWorker.url;

const MINIMAL_STORE = "bench-minimal";
/**
 * Only what the real handler must at least do: read the JSON body, store it once with the same conditional
 * write (`onlyIfNew`) the real handler makes, under a unique key, and at the same time write its entry in the
 * work queue, as the real handler does (functions/lib/store.ts `saveOnce`). The ratio then measures our code,
 * not the store's cost of those writes.
 */
const minimalHandler: Handler = async (req) => {
  const data = await req.json();
  const key = randomUUID();
  const record = {
    reference: key,
    form: MINIMAL_STORE,
    createdAt: new Date().toISOString(),
    data,
    emails: {},
  };
  await Promise.all([
    getStore({ name: MINIMAL_STORE, consistency: "strong" }).setJSON(key, record, { onlyIfNew: true }),
    getStore({ name: `${MINIMAL_STORE}-queue`, consistency: "strong" }).set(key, ""),
  ]);
  return new Response(JSON.stringify({ reference: key }), {
    status: 201,
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};

/** Serves a web-standard handler with node:http, as Netlify's runtime hands it a Request and sends its Response. */
async function serve(handler: Handler) {
  let inFlight = 0;
  let crashes = 0;
  const background = new Set<Promise<unknown>>();
  const context = {
    waitUntil(promise: Promise<unknown>) {
      const settled = promise.catch((error) => console.error("waitUntil promise rejected:", error));
      background.add(settled);
      void settled.then(() => background.delete(settled));
    },
  } as Context;
  const server: Server = createServer(async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    inFlight++;
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of incoming) chunks.push(chunk as Buffer);
      const headers = new Headers();
      for (const [name, value] of Object.entries(incoming.headers)) {
        for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value])
          headers.append(name, item);
      }
      const hasBody = incoming.method !== "GET" && incoming.method !== "HEAD";
      const request = new Request(`http://${incoming.headers.host ?? "127.0.0.1"}${incoming.url}`, {
        method: incoming.method,
        headers,
        body: hasBody ? Buffer.concat(chunks) : undefined,
      });
      const response = await handler(request, context);
      const body = Buffer.from(await response.arrayBuffer());
      outgoing.statusCode = response.status;
      for (const [name, value] of response.headers) if (name !== "set-cookie") outgoing.setHeader(name, value);
      const cookies = response.headers.getSetCookie();
      if (cookies.length) outgoing.setHeader("set-cookie", cookies);
      outgoing.end(body);
    } catch (error) {
      crashes++;
      console.error("handler threw:", error);
      if (!outgoing.headersSent) outgoing.statusCode = 500;
      outgoing.end();
    } finally {
      inFlight--;
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/school-registrations`,
    crashes: () => crashes,
    /** Waits for requests autocannon gave up on at the end of its run, and any `waitUntil` work, to finish. */
    async drain() {
      while (inFlight > 0 || background.size > 0) {
        await Promise.all([...background]);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    stop() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

interface Accepted {
  submissionId: string;
  reference: string;
}

/** What one handler got over all its rounds. */
interface Tally {
  name: string;
  seconds: number;
  /** Time spent after each slice waiting for abandoned requests and `waitUntil` work: not in `seconds`. */
  drainSeconds: number;
  /** CPU time of the whole process (all threads: load generator, handlers, services) over slices and drains. */
  cpuMs: number;
  /** CPU time of this thread alone: the handler and the load generator, not the services' worker. */
  mainCpuMs: number;
  /** CPU time of the email worker's process over slices and drains. */
  workerCpuMs: number;
  latencies: number[];
  statuses: Map<number, number>;
  errors: number;
  accepted: Accepted[];
}

/** Posts valid registrations, each with its own submission id and a start time a minute ago (so not spam). */
async function load(url: string, seconds: number, tally?: Tally) {
  const base = validSchoolRegistration();
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        requests: [
          {
            setupRequest: (request, context) => {
              const submissionId = randomUUID();
              (context as { submissionId?: string }).submissionId = submissionId;
              const body = JSON.stringify({ ...base, submissionId, startedAt: String(Date.now() - 60_000) });
              return { ...request, body };
            },
            onResponse: (status, body, context) => {
              if (status !== 201 || !tally) return;
              const { submissionId } = context as { submissionId: string };
              tally.accepted.push({ submissionId, reference: (JSON.parse(body) as { reference: string }).reference });
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  // autocannon emits (client, statusCode, resBytes, responseTime); its typings omit the client.
  instance.on("response", (...event: unknown[]) => {
    if (!tally) return;
    const status = event.at(-3) as number;
    tally.statuses.set(status, (tally.statuses.get(status) ?? 0) + 1);
    tally.latencies.push(event.at(-1) as number);
  });
  const result = await done;
  if (tally) {
    tally.seconds += result.duration;
    tally.errors += result.errors + result.timeouts;
  }
}

const real = await serve(realHandler);
const minimal = await serve(minimalHandler);
const newTally = (name: string): Tally => ({
  name,
  seconds: 0,
  drainSeconds: 0,
  cpuMs: 0,
  mainCpuMs: 0,
  workerCpuMs: 0,
  latencies: [],
  statuses: new Map(),
  errors: 0,
  accepted: [],
});
const contenders = [
  { server: minimal, tally: newTally("minimal (record onlyIfNew + queue entry)") },
  { server: real, tally: newTally("real handler") },
];

// Interleaved rounds, the order flipped each round (ABBA), so a change in the machine's load hits both alike.
// autocannon stops on its 1 s sampling tick, so a slice is a whole number of seconds.
const slice = Math.max(1, Math.round(duration / rounds));
console.log(
  `autocannon: ${connections} connections, POST JSON; ${slice * rounds} s per handler in ${rounds} interleaved round(s) ` +
    `of ${slice} s, after a ${warmup} s warm-up each; Blobs and SMTP servers in ` +
    `${args.services === "inline" ? "the handlers' thread" : "a worker thread"}, Blobs data under ${blobsParent}; ` +
    `email background function in its own process (202, then ${
      { "between-rounds": "sends after each round", "during-rounds": "sends at once", skip: "sends nothing" }[
        args.emails
      ]
    })`,
);
for (const { server } of contenders) {
  if (warmup > 0) await load(server.url, warmup);
  await server.drain();
  await emailWorker.idle();
}
for (let round = 0; round < rounds; round++) {
  for (const { server, tally } of round % 2 ? [...contenders].reverse() : contenders) {
    const cpuStart = process.cpuUsage();
    const mainCpuStart = process.threadCpuUsage();
    const workerCpuStart = (await emailWorker.stats()).cpuMs;
    if (holdsEmailsDuringRounds) await emailWorker.hold();
    await load(server.url, slice, tally);
    // Requests autocannon abandoned at the end of the slice, background work and the emails handed over
    // finish before the next slice. The worker has every hand-over once the handlers are drained: it answers
    // 202 only after reading the call.
    const drainStart = performance.now();
    await server.drain();
    await emailWorker.release();
    await emailWorker.idle();
    tally.drainSeconds += (performance.now() - drainStart) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    tally.cpuMs += (cpu.user + cpu.system) / 1000;
    const mainCpu = process.threadCpuUsage(mainCpuStart);
    tally.mainCpuMs += (mainCpu.user + mainCpu.system) / 1000;
    tally.workerCpuMs += (await emailWorker.stats()).cpuMs - workerCpuStart;
  }
}

/** The nearest-rank percentile, in ms to 0.1. */
const percentile = (sorted: number[], p: number) =>
  Number((sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN).toFixed(1));
const summary = ({
  name,
  seconds,
  drainSeconds,
  cpuMs,
  mainCpuMs,
  workerCpuMs,
  latencies,
  statuses,
  errors,
}: Tally) => {
  const sorted = [...latencies].sort((a, b) => a - b);
  const twoXx = [...statuses].filter(([status]) => status >= 200 && status < 300).reduce((sum, [, n]) => sum + n, 0);
  return {
    handler: name,
    "req/s": Number((latencies.length / seconds).toFixed(1)),
    "p50 ms": percentile(sorted, 50),
    "p99 ms": percentile(sorted, 99),
    "max ms": percentile(sorted, 100),
    responses: latencies.length,
    "2xx": twoXx,
    "non-2xx": latencies.length - twoXx,
    errors,
    "drain s": Number(drainSeconds.toFixed(2)),
    "main CPU ms/req": Number((mainCpuMs / latencies.length).toFixed(2)),
    "all CPU ms/req": Number((cpuMs / latencies.length).toFixed(2)),
    "worker CPU ms/req": Number((workerCpuMs / latencies.length).toFixed(2)),
  };
};
const [minimalRun, realRun] = contenders.map(({ tally }) => tally) as [Tally, Tally];
const [minimalRow, realRow] = [summary(minimalRun), summary(realRun)];
console.table([minimalRow, realRow]);
const ratio = realRow["req/s"] / minimalRow["req/s"];
console.log(
  `throughput real/minimal: ${ratio.toFixed(2)}x (target >= ${TARGET}x): ${ratio >= TARGET ? "PASS" : "BELOW TARGET"}`,
);

// Let the email worker finish (it is idle after each round already; this also waits out any record it left
// pending), then: every 201 the real handler gave during the measured run must be in the store, under its key,
// with its reference, and its emails sent.
const formId = schoolRegistrationForm.id;
type StoredRecord = { reference: string; emails: Record<string, { status: string }> };
/** Sent when each of its emails has gone (the first sending tries them all). */
const allSent = (record: StoredRecord) =>
  Object.keys(record.emails).length > 0 && Object.values(record.emails).every((email) => email.status === "sent");
/** Every record of the form, warm-up included, read 50 at a time, by submission key. */
async function readAll() {
  const keys: string[] = [];
  for await (const page of storedKeys(formId)) keys.push(...page.map(({ key }) => key));
  const records = new Map<string, StoredRecord>();
  for (let index = 0; index < keys.length; index += 50) {
    await Promise.all(
      keys.slice(index, index + 50).map(async (key) => {
        records.set(key, (await getRecord(formId, key)) as unknown as StoredRecord);
      }),
    );
  }
  return records;
}
const DRAIN_TIMEOUT_MS = 60_000;
const drainStart = performance.now();
await emailWorker.idle();
let records = await readAll();
const pendingIn = (all: Map<string, StoredRecord>) => [...all.values()].filter((record) => !allSent(record)).length;
while (sendsEmails && pendingIn(records) > 0 && performance.now() - drainStart < DRAIN_TIMEOUT_MS) {
  await new Promise((resolve) => setTimeout(resolve, 500));
  await emailWorker.idle();
  records = await readAll();
}
const stillPending = pendingIn(records);
const drainedIn = (performance.now() - drainStart) / 1000;

const counted201 = realRun.statuses.get(201) ?? 0;
let found = 0;
let referenceMismatches = 0;
let emailSent = 0;
const missing: string[] = [];
for (const { submissionId, reference } of realRun.accepted) {
  const record = records.get(submissionKey(formId, submissionId));
  if (!record) {
    missing.push(reference);
    continue;
  }
  found++;
  if (record.reference !== reference) referenceMismatches++;
  if (allSent(record)) emailSent++;
}
const minimalKeys = new Set(
  (await getStore({ name: MINIMAL_STORE, consistency: "strong" }).list()).blobs.map((b) => b.key),
);
const minimalFound = minimalRun.accepted.filter(({ reference }) => minimalKeys.has(reference)).length;
const mail = await services.mailCount();
const worker = await emailWorker.stats();
console.log(
  `real handler: stored ${found} of ${realRun.accepted.length} accepted 201s (201 responses counted: ${counted201})` +
    (missing.length ? `; missing: ${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ", ..." : ""}` : "") +
    (referenceMismatches ? `; ${referenceMismatches} stored under another reference` : ""),
);
console.log(
  `email status "sent" on ${emailSent} of ${found} (worker idle and store read after ${drainedIn.toFixed(1)} s; ` +
    `records still "pending", warm-up included: ${stillPending}${sendsEmails ? "" : ", as --emails skip sends none"})`,
);
console.log(
  `emails received by SMTP: ${mail.messages} (${mail.recipients} recipients) for the ${records.size} ` +
    `registrations stored in all, warm-up included (2 each expected: ${2 * records.size})`,
);
console.log(
  `email worker: ${worker.received} calls answered 202, carrying ${worker.submissions} submissions ` +
    `(${(worker.submissions / worker.received).toFixed(1)} a call); ${worker.finished} run to the end, ${worker.failed} failed`,
);
console.log(`minimal handler: stored ${minimalFound} of ${minimalRun.accepted.length} accepted`);
const crashes = real.crashes() + minimal.crashes();
if (crashes) console.log(`handler crashes (answered 500): ${crashes}`);

await Promise.all([real.stop(), minimal.stop()]);
await emailWorker.stop();
await services.stop();
// Nothing is left to wait for; exit now rather than on the last keep-alive socket's timeout.
process.exit(0);
