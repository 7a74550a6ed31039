/**
 * Serves the built site the way Netlify does — static files, headers, redirects, functions and a local
 * Blobs store — in one process on 127.0.0.1, through Netlify's own emulation (@netlify/dev).
 * Used by the browser tests; `npm start` uses the full netlify-cli instead.
 */
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { Readable } from "node:stream";
import { NetlifyDev } from "@netlify/dev";

const port = Number(process.env.PORT ?? 4390);
const netlify = new NetlifyDev({
  projectRoot: process.cwd(),
  aiGateway: { enabled: false },
  database: { enabled: false },
  edgeFunctions: { enabled: false },
  geolocation: { enabled: false },
  images: { enabled: false },
  server: { enabled: false },
});
await netlify.start();

/** Netlify answers unknown paths with the site's 404 page. */
const notFound = async () =>
  new Response(await readFile("dist/404.html"), {
    status: 404,
    headers: { "Content-Type": "text/html; charset=utf-8" },
  });

const server = createServer(async (req, res) => {
  try {
    const match = await netlify.handleAndIntrospectNodeRequest(req);
    const response = match?.response ?? (await notFound());
    res.writeHead(response.status, Object.fromEntries(response.headers));
    if (response.body) Readable.fromWeb(response.body as never).pipe(res);
    else res.end();
  } catch (error) {
    console.error(error);
    res.writeHead(500).end("Server error");
  }
});
server.listen(port, "127.0.0.1", () => console.log(`Serving on http://127.0.0.1:${port}`));

const stop = async () => {
  server.close();
  await netlify.stop();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
