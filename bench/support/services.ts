/**
 * The bench's stand-ins for Netlify Blobs and the mail provider: Netlify's own BlobsServer (temp folder) and an
 * smtp-server on 127.0.0.1 that counts what it receives (STARTTLS off). By default they run in a worker thread,
 * as they run on other machines in production, so their CPU is not charged to the handler being measured.
 */
import type { AddressInfo } from "node:net";
import { Worker, isMainThread, parentPort } from "node:worker_threads";
import { SMTPServer } from "smtp-server";
import { startBlobs } from "../../tests/support/local-services.ts";

export interface Services {
  blobsUrl: string;
  smtpUrl: string;
  /** Messages the SMTP server has accepted so far, and their recipients. */
  mailCount(): Promise<{ messages: number; recipients: number }>;
  stop(): Promise<void>;
}

/** Starts both services in this thread. */
export async function startServices(): Promise<Services> {
  const blobs = await startBlobs();
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
    blobsUrl: blobs.url,
    smtpUrl: `smtp://127.0.0.1:${port}`,
    mailCount: async () => ({ messages, recipients }),
    async stop() {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      await blobs.stop();
    },
  };
}

type Reply = { id: number; value?: unknown; error?: string };

/** Starts both services in a worker thread and talks to them by message. */
export async function startServicesInWorker(): Promise<Services> {
  const worker = new Worker(new URL(import.meta.url));
  const pending = new Map<number, (reply: Reply) => void>();
  let next = 0;
  worker.on("message", (reply: Reply) => pending.get(reply.id)?.(reply));
  const call = (command: string) =>
    new Promise<unknown>((resolve, reject) => {
      const id = next++;
      pending.set(id, (reply) => {
        pending.delete(id);
        if (reply.error) reject(new Error(reply.error));
        else resolve(reply.value);
      });
      worker.postMessage({ id, command });
    });
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

if (!isMainThread && parentPort) {
  const port = parentPort;
  let services: Services | undefined;
  port.on("message", async ({ id, command }: { id: number; command: string }) => {
    try {
      if (command === "start") {
        services = await startServices();
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
