/**
 * The browser tests' server (tests/support/serve.ts: the built site and its functions through Netlify's own
 * @netlify/dev) for a bench, with blobs the bench has stored, and a GET that reads any answer it gives.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, rename, rm } from "node:fs/promises";
import { get } from "node:http";
import { createServer } from "node:net";
import { join, resolve } from "node:path";

/** @netlify/dev keeps its blobs here, for site "0" when the project is not linked to a Netlify site. */
const SERVED_BLOBS = resolve(".netlify/blobs-serve");
const SERVED_SITE = "0";

/**
 * Starts tests/support/serve.ts on a free port with the blobs of a local BlobsServer's folder (those of site
 * `siteID`) copied into its Blobs folder, and waits until it serves. A folder already there is moved aside;
 * `stop` stops the server and puts it back.
 */
export async function serveWithBlobs(directory: string, siteID: string, env: Record<string, string> = {}) {
  const aside = `${SERVED_BLOBS}.before-bench`;
  if (existsSync(aside)) throw new Error(`${aside} is there from an earlier run: put it back or remove it`);
  if (existsSync(SERVED_BLOBS)) await rename(SERVED_BLOBS, aside);
  for (const part of ["entries", "metadata"])
    if (existsSync(join(directory, part, siteID)))
      await cp(join(directory, part, siteID), join(SERVED_BLOBS, part, SERVED_SITE), { recursive: true });
  const port = await freePort();
  const child = spawn(process.execPath, ["tests/support/serve.ts"], {
    env: { ...process.env, ...env, PORT: String(port), NO_UPDATE_NOTIFIER: "1", NETLIFY_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  // Should the bench end without stopping it (a crash), the server goes too.
  const orphaned = () => child.kill("SIGTERM");
  process.on("exit", orphaned);
  await new Promise<void>((ready, failed) => {
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("Serving on") && ready());
    child.on("exit", (code) => failed(new Error(`tests/support/serve.ts exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      process.off("exit", orphaned);
      const exited = new Promise((done) => child.on("exit", done));
      child.kill("SIGTERM");
      await exited;
      await rm(SERVED_BLOBS, { recursive: true, force: true });
      if (existsSync(aside)) await rename(aside, SERVED_BLOBS);
    },
  };
}

/** What a GET answered: its status, its body and the size of its header lines. */
export interface HttpAnswer {
  status: number;
  body: Buffer;
  headerBytes: number;
}

/**
 * A GET with node:http, not fetch: Netlify's function runtime adds an `x-nf-fetch-timing` header with an entry
 * for every fetch the function made (every blob request), which for a page that reads thousands of blobs is far
 * beyond the 16 KB of headers fetch accepts.
 */
export function httpGet(url: string, headers: Record<string, string>): Promise<HttpAnswer> {
  return new Promise((done, failed) => {
    get(url, { headers, maxHeaderSize: 64 * 1024 * 1024 }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        // "name: value\r\n": each name and each value with two characters after it.
        const headerBytes = response.rawHeaders.reduce((sum, part) => sum + part.length + 2, 0);
        done({ status: response.statusCode ?? 0, body: Buffer.concat(chunks), headerBytes });
      });
      response.on("error", failed);
    }).on("error", failed);
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}
