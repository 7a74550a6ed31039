/**
 * Serves the built site on 127.0.0.1 as Netlify's CDN does: the headers of netlify.toml on static files, brotli or
 * gzip as the browser accepts (for Lighthouse, which scores transfer sizes; the content editor turns it off), the
 * site's 404 page for unknown paths, and some paths answered by handlers (the functions called in-process, or the
 * editor's local backend) instead of files. The plain bench/search/static-server.ts (no compression, no headers)
 * would understate the real site.
 */
import { statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import type { URLPattern } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { contentTypes } from "../../bench/search/static-server.ts";
import { headerRules } from "./netlify-toml.ts";

/** A path answered by a handler, as Netlify routes a function's `config.path`. */
export interface Route {
  pattern: URLPattern;
  handle: (request: Request) => Promise<Response>;
}

// Pagefind's index and wasm files are gzipped by Pagefind itself: compressing them again gains nothing.
const compressible = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

/** netlify.toml's `[[headers]]` rules, in file order (as Netlify applies them), each `for` as a path matcher. */
const netlifyHeaderRules = () =>
  headerRules().map((rule) => ({
    matches: new RegExp(`^${rule.for.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`),
    headers: rule.values,
  }));

/** Sets on `headers` what netlify.toml's rules give a static file at `path`: a later rule's header wins. */
export function addNetlifyHeaders(headers: Headers, path: string, rules = netlifyHeaderRules()): Headers {
  for (const rule of rules.filter(({ matches }) => matches.test(path)))
    for (const [name, value] of Object.entries(rule.headers)) headers.set(name, value);
  return headers;
}

/** The encoding to answer with: brotli if the browser takes it, else gzip, else none. */
function chooseEncoding(acceptEncoding = ""): "br" | "gzip" | undefined {
  const accepted = new Set(
    acceptEncoding
      .split(",")
      .map((part) => part.trim().split(";"))
      .filter(([, q]) => !q || Number(q.split("=")[1]) > 0)
      .map(([name]) => name!.toLowerCase()),
  );
  return accepted.has("br") ? "br" : accepted.has("gzip") ? "gzip" : undefined;
}

const compress = (body: Buffer, encoding: "br" | "gzip") =>
  encoding === "br"
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
    : gzipSync(body, { level: 9 });

/** How to serve: on which port (0, the default, is any free one), and whether to compress. */
export interface ServeOptions {
  port?: number;
  compress?: boolean;
}

/**
 * Starts serving `folder` (the built site) with `routes` taking precedence over its files, as a function's path
 * does on Netlify. Resolves to the origin and a function that stops the server.
 */
export async function serveSite(
  folder: string,
  routes: Route[] = [],
  { port = 0, compress: compressing = true }: ServeOptions = {},
) {
  const rules = netlifyHeaderRules();
  const compressed = new Map<string, Buffer>(); // static files never change during a run: compress each once

  function send(request: IncomingMessage, response: ServerResponse, status: number, headers: Headers, body: Buffer) {
    const encoding =
      compressing && compressible.test(headers.get("Content-Type") ?? "")
        ? chooseEncoding(request.headers["accept-encoding"])
        : undefined;
    if (encoding) {
      const key = `${encoding} ${request.url}`;
      const cacheable = (headers.get("Cache-Control") ?? "").startsWith("public");
      body = (cacheable && compressed.get(key)) || compress(body, encoding);
      if (cacheable) compressed.set(key, body);
      headers.set("Content-Encoding", encoding);
    }
    headers.set("Vary", "Accept-Encoding");
    headers.set("Content-Length", String(body.length));
    response.writeHead(status, Object.fromEntries(headers));
    response.end(request.method === "HEAD" ? undefined : body);
  }

  async function staticFile(path: string): Promise<{ status: number; headers: Headers; body: Buffer }> {
    const file = join(folder, path.endsWith("/") ? `${path}index.html` : path);
    const found = statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
    const headers = new Headers({
      "Content-Type": (found ? contentTypes[extname(file)] : contentTypes[".html"]) ?? "application/octet-stream",
      "Cache-Control": "public, max-age=0, must-revalidate", // Netlify's default for files without a rule
    });
    addNetlifyHeaders(headers, path, rules);
    if (found) return { status: 200, headers, body: await readFile(file) };
    // Netlify answers an unknown path with the site's own 404 page.
    return { status: 404, headers, body: await readFile(join(folder, "404.html")) };
  }

  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? "/", origin);
      const route = routes.find(({ pattern }) => pattern.test(url));
      if (route) {
        const hasBody = request.method !== "GET" && request.method !== "HEAD";
        const answer = await route.handle(
          new Request(url, {
            method: request.method,
            headers: request.headers as Record<string, string>,
            body: hasBody ? Buffer.concat(await Array.fromAsync(request)) : undefined,
          }),
        );
        // Netlify does not add netlify.toml's headers to a function's answer: the functions set their own.
        const headers = new Headers(answer.headers);
        return send(request, response, answer.status, headers, Buffer.from(await answer.arrayBuffer()));
      }
      const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, "");
      const { status, headers, body } = await staticFile(path);
      send(request, response, status, headers, body);
    } catch (error) {
      console.error(error);
      response.writeHead(500).end("Server error");
    }
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
