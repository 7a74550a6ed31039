/**
 * The content editor on this computer: the built site's `/admin/` (as Netlify serves it, netlify.toml's headers
 * included) with Decap's local backend, decap-server, saving straight into the files of `repository`. No account,
 * no network: everything listens on 127.0.0.1. The editor's page asks the local backend at `/api/v1` on its own
 * origin, which is passed on to decap-server, so the editor's online Content-Security-Policy holds here too.
 */
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer, type AddressInfo } from "node:net";
import { join } from "node:path";
import { adminPage, EDITOR_PATH } from "../../src/lib/editor/admin-page.ts";
import { settings } from "../../src/lib/settings.ts";
import { addNetlifyHeaders, serveSite } from "../lib/site-server.ts";

export interface EditorOptions {
  /** The folder whose `content/` the editor changes: a scratch copy, or the working tree. */
  repository: string;
  /** The built site, whose `admin/` is served. */
  site?: string;
  /** The editor's port on 127.0.0.1; 0 is any free one. */
  port?: number;
}

export interface Editor {
  /** The address of the editor's page. */
  url: string;
  stop: () => Promise<void>;
}

/** A free port on 127.0.0.1. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts decap-server on 127.0.0.1, writing into `repository`; resolves once it answers. */
async function startDecapServer(repository: string) {
  const port = await freePort();
  const script = createRequire(import.meta.url).resolve("decap-server/dist/index.js");
  const server = spawn(process.execPath, [script], {
    env: {
      ...process.env,
      PORT: String(port),
      BIND_HOST: "127.0.0.1",
      GIT_REPO_DIRECTORY: repository,
      MODE: "fs",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const api = `http://127.0.0.1:${port}/api/v1`;
  const exited = new Promise<never>((_, reject) =>
    server.once("exit", (code) => reject(new Error(`decap-server stopped (exit code ${code})`))),
  );
  for (const started = Date.now(); ;) {
    const answer = await Promise.race([
      fetch(api, { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"action":"info"}' }).catch(
        () => undefined,
      ),
      exited,
    ]);
    if (answer?.ok) break;
    if (Date.now() - started > 30_000) throw new Error("decap-server did not answer within 30 s");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (server.exitCode !== null) return resolve();
      server.once("exit", () => resolve());
      server.kill("SIGTERM");
    });
  exited.catch(() => {}); // once stopped on purpose, its exit is no error
  return { api, stop };
}

/** Starts the editor; resolves to its address and a function that stops it and its backend. */
export async function startEditor({ repository, site = "dist", port = 0 }: EditorOptions): Promise<Editor> {
  const backend = await startDecapServer(repository);
  const route = (pathname: string, handle: (request: Request) => Promise<Response>) => ({
    pattern: new URLPattern({ pathname }),
    handle,
  });
  const server = await serveSite(
    site,
    [
      // The page, without the note that the build cannot save online: here it saves to the files.
      route(`${EDITOR_PATH}{index.html}?`, async (request) => {
        const headers = addNetlifyHeaders(new Headers(), new URL(request.url).pathname);
        headers.set("Content-Type", "text/html; charset=utf-8");
        return new Response(adminPage({ organisationName: settings.organisationName, repository }), { headers });
      }),
      // The built configuration, told to use the local backend.
      route(`${EDITOR_PATH}config.yml`, async (request) => {
        const config = JSON.parse(await readFile(join(site, EDITOR_PATH, "config.yml"), "utf8")) as object;
        const url = new URL("/api/v1", request.url).href;
        return new Response(JSON.stringify({ ...config, local_backend: { url } }), {
          headers: { "Content-Type": "text/yaml; charset=utf-8", "Cache-Control": "no-store" },
        });
      }),
      route("/api/v1", async (request) =>
        fetch(backend.api, {
          method: request.method,
          headers: { "Content-Type": request.headers.get("Content-Type") ?? "application/json" },
          body: request.method === "POST" ? await request.text() : undefined,
        }),
      ),
    ],
    { port, compress: false },
  );
  return {
    url: `${server.origin}${EDITOR_PATH}`,
    stop: async () => {
      await server.stop();
      await backend.stop();
    },
  };
}
