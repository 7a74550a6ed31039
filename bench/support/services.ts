/**
 * The bench's stand-ins for Netlify Blobs and the mail provider: Netlify's own BlobsServer (temp folder) and an
 * smtp-server on 127.0.0.1 that counts what it receives (STARTTLS off). By default they run in a worker thread,
 * as they run on other machines in production, so their CPU is not charged to the handler being measured.
 * And the email background function in a child process of its own, as Netlify runs it (email-worker.ts).
 */
import { fork } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { BlobsServer } from "@netlify/blobs/server";
import { SMTPServer } from "smtp-server";
import type { EmailWorkerStats } from "./email-worker.ts";

/** The site and token the handlers' `setEnvironmentContext` must use. */
export const BLOBS_SITE = { siteID: "test-site", token: "test-token" };

export interface Services {
  blobsUrl: string;
  smtpUrl: string;
  /** Messages the SMTP server has accepted so far, and their recipients. */
  mailCount(): Promise<{ messages: number; recipients: number }>;
  stop(): Promise<void>;
}

/**
 * Starts both services in this thread, the Blobs data in a fresh folder under `parent` (the bench uses tmpfs:
 * on a disk, file-system latency swings the blob write time, and so the baseline, between runs).
 */
export async function startServices(parent: string): Promise<Services> {
  const directory = await mkdtemp(join(parent, "btsa-bench-blobs-"));
  const blobs = new BlobsServer({ directory, token: BLOBS_SITE.token });
  const { port: blobsPort } = await blobs.start();
  let messages = 0;
  let recipients = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    // The handler's pooled connections stay open; without this, close() waits 30 s for them.
    closeTimeout: 100,
    onData(stream, session, callback) {
      stream.on("data", () => {});
      stream.on("end", () => {
        messages++;
        recipients += session.envelope.rcptTo.length;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const { port } = smtp.server.address() as AddressInfo;
  return {
    blobsUrl: `http://127.0.0.1:${blobsPort}`,
    smtpUrl: `smtp://127.0.0.1:${port}`,
    mailCount: async () => ({ messages, recipients }),
    async stop() {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      await blobs.stop();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

type Reply = { id: number; value?: unknown; error?: string };

/**
 * Request and reply over a message channel (a worker thread's or a child process's): `call` sends a command
 * with a fresh id and settles when `receive` is given the reply with that id.
 */
function messageCalls(post: (message: { id: number; command: string }) => void) {
  const pending = new Map<number, (reply: Reply) => void>();
  let next = 0;
  return {
    receive: (reply: Reply) => pending.get(reply.id)?.(reply),
    call: (command: string) =>
      new Promise<unknown>((resolve, reject) => {
        const id = next++;
        pending.set(id, (reply) => {
          pending.delete(id);
          if (reply.error) reject(new Error(reply.error));
          else resolve(reply.value);
        });
        post({ id, command });
      }),
  };
}

/** Starts both services in a worker thread and talks to them by message. */
export async function startServicesInWorker(parent: string): Promise<Services> {
  const worker = new Worker(new URL(import.meta.url), { workerData: { parent } });
  const { receive, call } = messageCalls((message) => worker.postMessage(message));
  worker.on("message", receive);
  const failed = new Promise<never>((_, reject) => worker.once("error", reject));
  const { blobsUrl, smtpUrl } = (await Promise.race([call("start"), failed])) as { blobsUrl: string; smtpUrl: string };
  return {
    blobsUrl,
    smtpUrl,
    mailCount: () => call("mailCount") as Promise<{ messages: number; recipients: number }>,
    async stop() {
      await call("stop");
      await worker.terminate();
    },
  };
}

export interface EmailWorker {
  /** Where the form functions hand their emails over: the EMAIL_WORKER_URL to give them. */
  url: string;
  stats(): Promise<EmailWorkerStats>;
  /** Resolves when no call it has answered is still running or held. */
  idle(): Promise<void>;
  /** From now on, answer calls 202 but hold their runs back, as if they ran on other machines. */
  hold(): Promise<void>;
  /** Run the held calls, and the calls that come next as they come. */
  release(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the email background function in a child process (bench/support/email-worker.ts), pointed at these
 * services: it answers 202 at once and then sends, as a Netlify background function on an instance of its own.
 * With `sends: false` it only answers 202 (a diagnostic: the request path without the emails' load).
 */
export async function startEmailWorker(
  services: Pick<Services, "blobsUrl" | "smtpUrl">,
  mail: { allianceInbox: string; mailFrom: string },
  { sends = true } = {},
): Promise<EmailWorker> {
  const child = fork(fileURLToPath(new URL("./email-worker.ts", import.meta.url)), [], {
    env: {
      ...process.env,
      BENCH_BLOBS_URL: services.blobsUrl,
      SMTP_URL: services.smtpUrl,
      ALLIANCE_INBOX: mail.allianceInbox,
      MAIL_FROM: mail.mailFrom,
      BENCH_EMAIL_WORKER_SENDS: sends ? "1" : "0",
    },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code, signal) => reject(new Error(`the email worker exited (${signal ?? code})`))),
  );
  exited.catch(() => {});
  const messages = messageCalls((message) => child.send(message));
  let ready!: (url: string) => void;
  const started = new Promise<string>((resolve) => (ready = resolve));
  child.on("message", (message: Reply | { ready: string }) => {
    if ("ready" in message) ready(message.ready);
    else messages.receive(message);
  });
  const call = (command: string) => Promise.race([exited, messages.call(command)]);
  const url = await Promise.race([started, exited]);
  const stats = () => call("stats") as Promise<EmailWorkerStats>;
  return {
    url,
    stats,
    async idle() {
      for (let now = await stats(); now.running > 0 || now.queued > 0; now = await stats())
        await new Promise((resolve) => setTimeout(resolve, 20));
    },
    hold: async () => void (await call("hold")),
    release: async () => void (await call("release")),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      await call("stop");
      await gone;
    },
  };
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  let services: Services | undefined;
  port.on("message", async ({ id, command }: { id: number; command: string }) => {
    try {
      if (command === "start") {
        services = await startServices((workerData as { parent: string }).parent);
        port.postMessage({ id, value: { blobsUrl: services.blobsUrl, smtpUrl: services.smtpUrl } });
      } else if (command === "mailCount") {
        port.postMessage({ id, value: await services!.mailCount() });
      } else if (command === "stop") {
        await services?.stop();
        port.postMessage({ id });
      }
    } catch (error) {
      port.postMessage({ id, error: String((error as Error).stack ?? error) });
    }
  });
}
