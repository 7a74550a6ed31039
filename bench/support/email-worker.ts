/**
 * The email background function as Netlify runs it, for the bench: a process of its own (started by
 * `startEmailWorker` in services.ts, with an IPC channel), serving functions/send-emails-background.ts on
 * 127.0.0.1. Like Netlify, it answers every call 202 as soon as it has the body and only then runs the function,
 * so the form function's hand-over waits for nothing but the call. It reaches the bench's Blobs and SMTP servers
 * through its environment: BENCH_BLOBS_URL (the site and token are BLOBS_SITE), SMTP_URL, ALLIANCE_INBOX, MAIL_FROM.
 * Over IPC it answers "stats" (calls received and the submissions they carried; runs finished, failed, running,
 * queued; its CPU time), "hold" (answer 202 but queue the runs, as if they ran on other machines), "release" (run
 * the queue and what comes next) and "stop".
 * With BENCH_EMAIL_WORKER_SENDS=0 it answers 202 and runs nothing: a diagnostic, to see the request path alone.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Context } from "@netlify/functions";
import { setEnvironmentContext } from "@netlify/blobs";
import "./typescript-hooks.ts";
import { BLOBS_SITE } from "./services.ts";

const send = process.send?.bind(process);
if (!send) throw new Error("bench/support/email-worker.ts runs as a child process: see startEmailWorker");
const blobsUrl = process.env.BENCH_BLOBS_URL;
if (!blobsUrl) throw new Error("BENCH_BLOBS_URL is not set");
setEnvironmentContext({ ...BLOBS_SITE, edgeURL: blobsUrl, uncachedEdgeURL: blobsUrl, primaryRegion: "us-east-1" });

// After the hooks: the functions' source needs them.
const { default: sendEmailsBackground } = await import("../../functions/send-emails-background.ts");
const { closeMailer } = await import("../../functions/lib/mailer.ts");

export interface EmailWorkerStats {
  /** Calls answered 202. */
  received: number;
  /** Submissions those calls carried (a call carries those handed over in the same turn of the event loop). */
  submissions: number;
  /** Calls whose run ended with a 2xx from the function. */
  finished: number;
  /** Calls whose run threw or ended with another status. */
  failed: number;
  /** Calls answered and still running. */
  running: number;
  /** Calls answered and held, not yet run. */
  queued: number;
  /** This process's CPU time so far, user + system, in ms. */
  cpuMs: number;
}

const stats = { received: 0, submissions: 0, finished: 0, failed: 0, running: 0 };
const sends = process.env.BENCH_EMAIL_WORKER_SENDS !== "0";
/** Runs held back while the bench measures a handler: they run when released. */
let held: string[] | undefined;

const server = createServer(async (incoming, outgoing) => {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks).toString();
  stats.received++;
  stats.submissions += (JSON.parse(body) as { submissions?: unknown[] }).submissions?.length ?? 0;
  outgoing.writeHead(202).end();
  if (!sends) return;
  if (held) held.push(body);
  else await run(body);
});

async function run(body: string) {
  const request = new Request("http://127.0.0.1/.netlify/functions/send-emails-background", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
  stats.running++;
  try {
    const response = await sendEmailsBackground(request, {} as Context);
    if (response.ok) stats.finished++;
    else {
      stats.failed++;
      console.error(`[email worker] the function answered ${response.status}: ${await response.text()}`);
    }
  } catch (error) {
    stats.failed++;
    console.error("[email worker] the function threw:", error);
  } finally {
    stats.running--;
  }
}
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));

let stopped: Promise<void> | undefined;
const stop = () =>
  (stopped ??= new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  }).then(closeMailer));

process.on("message", async ({ id, command }: { id: number; command: string }) => {
  if (command === "stats") {
    const cpu = process.cpuUsage();
    const value = { ...stats, queued: held?.length ?? 0, cpuMs: (cpu.user + cpu.system) / 1000 };
    send({ id, value: value satisfies EmailWorkerStats });
  } else if (command === "hold") {
    held ??= [];
    send({ id });
  } else if (command === "release") {
    const queue = held ?? [];
    held = undefined;
    for (const body of queue) void run(body);
    send({ id });
  } else if (command === "stop") {
    await stop();
    send({ id }, () => process.disconnect());
  }
});
// The bench gone (crashed or killed): go too.
process.on("disconnect", () => void stop().finally(() => process.exit(0)));

const { port } = server.address() as AddressInfo;
send({ ready: `http://127.0.0.1:${port}/.netlify/functions/send-emails-background` });
