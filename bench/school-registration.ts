// node_modules/node/bin/node bench/school-registration.ts [--duration 10] [--connections 10] [--warmup 2] [--services worker|inline]
/**
 * Throughput and latency of POST /api/school-registrations on loopback: the real handler (validation, store,
 * two emails over pooled SMTP, email status), served directly by node:http, beside a minimal handler that only
 * does the same kind of blob write, in one run. Afterwards every 201 from the real handler is looked up in the
 * store. A benchmark, not a test: it prints PASS or BELOW TARGET for the 0.8x target and exits 0 unless it crashes.
 *
 * Blobs is Netlify's own BlobsServer (temp folder) and mail goes to a real smtp-server; both run in a worker
 * thread by default (`--services inline` runs them on the handlers' thread instead).
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import type { Context } from "@netlify/functions";
import { getStore, setEnvironmentContext } from "@netlify/blobs";
import "./support/typescript-hooks.ts";
import { startServices, startServicesInWorker } from "./support/services.ts";

const TARGET = 0.8;
const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    warmup: { type: "string", default: "2" },
    services: { type: "string", default: "worker" },
  },
});
const duration = Number(args.duration);
const connections = Number(args.connections);
const warmup = Number(args.warmup);

// After the hooks: the functions' source needs them.
const { default: realHandler } = await import("../functions/school-registrations.ts");
const { schoolRegistrationForm } = await import("../src/lib/forms/school-registration.ts");
const { submissionKey } = await import("../functions/lib/reference.ts");
const { validSchoolRegistration } = await import("../tests/fixtures/school-registration.ts");

/** Netlify's function signature; the bench's context has only `waitUntil`, the one member a handler may rely on here. */
type Handler = (req: Request, context: Context) => Promise<Response>;

const services = args.services === "inline" ? await startServices() : await startServicesInWorker();
setEnvironmentContext({
  siteID: "test-site",
  token: "test-token",
  edgeURL: services.blobsUrl,
  uncachedEdgeURL: services.blobsUrl,
  primaryRegion: "us-east-1",
});
process.env.SMTP_URL = services.smtpUrl;
process.env.ALLIANCE_INBOX = "ecf@btsa.example";
process.env.MAIL_FROM = "BTSA <no-reply@btsa.example>";

const MINIMAL_STORE = "bench-minimal";
/** Only what the real handler must at least do: read the JSON body and write one blob under a unique key. */
const minimalHandler: Handler = async (req) => {
  const data = await req.json();
  const key = randomUUID();
  const record = {
    reference: key,
    form: MINIMAL_STORE,
    createdAt: new Date().toISOString(),
    data,
    email: { status: "pending", attempts: 0 },
  };
  await getStore({ name: MINIMAL_STORE, consistency: "strong" }).setJSON(key, record);
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
        for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, item);
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

/** Posts valid registrations, each with its own submission id and a start time a minute ago (so not spam). */
async function load(url: string, seconds: number) {
  const accepted: Accepted[] = [];
  const base = validSchoolRegistration();
  const result = await autocannon({
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
          if (status !== 201) return;
          const { submissionId } = context as { submissionId: string };
          accepted.push({ submissionId, reference: (JSON.parse(body) as { reference: string }).reference });
        },
      },
    ],
  });
  return { result, accepted };
}

const real = await serve(realHandler);
const minimal = await serve(minimalHandler);
const contenders = [
  { name: "minimal (blob write only)", server: minimal },
  { name: "real handler", server: real },
];

console.log(
  `autocannon: ${duration} s, ${connections} connections, POST JSON, each run after a ${warmup} s warm-up; ` +
    `services in ${args.services === "inline" ? "the handlers' thread" : "a worker thread"}`,
);
const runs: { name: string; result: autocannon.Result; accepted: Accepted[] }[] = [];
for (const { name, server } of contenders) {
  if (warmup > 0) {
    await load(server.url, warmup);
    await server.drain();
  }
  process.stdout.write(`running ${name}... `);
  const { result, accepted } = await load(server.url, duration);
  await server.drain();
  console.log(`${result.requests.total} requests`);
  runs.push({ name, result, accepted });
}

const rows = runs.map(({ name, result }) => ({
  handler: name,
  "req/s": result.requests.average.toFixed(1),
  "p50 ms": result.latency.p50,
  "p99 ms": result.latency.p99,
  "max ms": result.latency.max,
  "2xx": result["2xx"],
  "non-2xx": result.non2xx,
  errors: result.errors + result.timeouts,
}));
console.table(rows);
const [minimalRun, realRun] = runs as [(typeof runs)[0], (typeof runs)[0]];
const ratio = realRun.result.requests.average / minimalRun.result.requests.average;
console.log(
  `throughput real/minimal: ${ratio.toFixed(2)}x (target >= ${TARGET}x): ${ratio >= TARGET ? "PASS" : "BELOW TARGET"}`,
);

// Every 201 the real handler gave during the measured run must be in the store, under its key, with its reference.
const formId = schoolRegistrationForm.id;
const store = getStore({ name: formId, consistency: "strong" });
const { blobs } = await store.list();
const storedKeys = new Set(blobs.map((blob) => blob.key));
const counted201 = realRun.result.statusCodeStats?.["201"]?.count ?? realRun.result["2xx"];
let found = 0;
let referenceMismatches = 0;
let emailSent = 0;
const missing: string[] = [];
for (let index = 0; index < realRun.accepted.length; index += 50) {
  await Promise.all(
    realRun.accepted.slice(index, index + 50).map(async ({ submissionId, reference }) => {
      const key = submissionKey(formId, submissionId);
      if (!storedKeys.has(key)) return void missing.push(reference);
      found++;
      const record = (await store.get(key, { type: "json" })) as { reference: string; email: { status: string } };
      if (record.reference !== reference) referenceMismatches++;
      if (record.email.status === "sent") emailSent++;
    }),
  );
}
const mail = await services.mailCount();
console.log(
  `stored ${found} of ${realRun.accepted.length} accepted (autocannon counted ${counted201} responses 201)` +
    (missing.length ? `; missing: ${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ", ..." : ""}` : "") +
    (referenceMismatches ? `; ${referenceMismatches} stored under another reference` : ""),
);
console.log(
  `email status "sent" on ${emailSent} of ${found}; the SMTP server received ${mail.messages} emails ` +
    `(${mail.recipients} recipients) for the ${storedKeys.size} registrations stored in all, warm-up included ` +
    `(2 each expected: ${2 * storedKeys.size})`,
);
const crashes = real.crashes() + minimal.crashes();
if (crashes) console.log(`handler crashes (answered 500): ${crashes}`);

await Promise.all([real.stop(), minimal.stop()]);
await services.stop();
// The mailer keeps a pooled SMTP transport open for a warm instance; nothing else is left to wait for.
process.exit(0);
