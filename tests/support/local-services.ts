/**
 * Real local services for function tests: Netlify's own Blobs server and an SMTP server, both on 127.0.0.1.
 * Each returns a stop function; tests stop what they start.
 */
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setEnvironmentContext } from "@netlify/blobs";
import { BlobsServer } from "@netlify/blobs/server";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/** The token every local Blobs server here takes. */
const BLOBS_TOKEN = "test-token";

/** Points `getStore` at a local Blobs server (or a proxy in front of one) at `url`. */
export const pointBlobsAt = (url: string) =>
  setEnvironmentContext({
    siteID: "test-site",
    token: BLOBS_TOKEN,
    edgeURL: url,
    uncachedEdgeURL: url,
    primaryRegion: "us-east-1",
  });

/**
 * Starts a Blobs server in a fresh folder (under `parent`, the system's temp folder by default) and points
 * `getStore` at it. `requests` counts the blob requests it
 * has served (get, getMetadata, set, delete, list), for tests and benchmarks of what an operation costs.
 * `directory` is its folder (the site's blobs are under `entries/test-site/`), for a bench that hands them on.
 */
export async function startBlobs(parent = tmpdir()) {
  const directory = await mkdtemp(join(parent, "btsa-blobs-"));
  const requests = { count: 0 };
  const server = new BlobsServer({ directory, token: BLOBS_TOKEN, onRequest: () => requests.count++ });
  const { port } = await server.start();
  const url = `http://127.0.0.1:${port}`;
  pointBlobsAt(url);
  return {
    url,
    requests,
    directory,
    async stop() {
      await server.stop();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** What the test SMTP server does that a test can change while it runs. */
interface SmtpBehaviour {
  /** Refuses mail to the addresses it is true for (550), as a mail server with a fault does. */
  refuse?: ((address: string) => boolean) | undefined;
  /** Runs before a message is accepted: the sender waits for it (to make something happen mid-send). */
  beforeAccepting?: (() => Promise<void>) | undefined;
}

/** Starts an SMTP server that keeps every message it receives, parsed; STARTTLS is off (no certificate here). */
export async function startSmtp() {
  const received: ParsedMail[] = [];
  const envelopes: string[][] = [];
  const behaviour: SmtpBehaviour = {};
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo({ address }, _session, callback) {
      if (behaviour.refuse?.(address)) callback(Object.assign(new Error(`${address}: refused`), { responseCode: 550 }));
      else callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          await behaviour.beforeAccepting?.();
          received.push(mail);
          envelopes.push(session.envelope.rcptTo.map((rcpt) => rcpt.address));
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    envelopes,
    behaviour,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A loopback port with nothing listening on it, for "the server is down" tests. */
export async function closedPort(): Promise<number> {
  const { createServer } = await import("node:net");
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Serves a Netlify Function handler on 127.0.0.1 (a random port), as Netlify would call it. */
export async function serveFunction(handler: (req: Request, context: never) => Promise<Response>) {
  const { createServer } = await import("node:http");
  const server = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const request = new Request(`http://127.0.0.1${incoming.url}`, {
      method: incoming.method,
      headers: incoming.headers as Record<string, string>,
      body: ["GET", "HEAD"].includes(incoming.method ?? "GET") ? undefined : Buffer.concat(chunks),
    });
    const response = await handler(request, {} as never);
    outgoing.writeHead(response.status, Object.fromEntries(response.headers));
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
