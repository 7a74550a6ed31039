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

/**
 * @netlify/dev builds a function into a fresh folder for every request and keeps only the latest build's
 * paths, so two requests to one function at once can load a folder the other has just deleted ("Cannot find
 * module …functions-serve/_xyz/…"). Pages are handled one at a time in their lane: the staff area's (only the
 * staff function serves /staff/, and its pages take a second or more each to build), the search page's (only
 * the search function serves /search/, likewise) and the "Which steps apply?" flow's (its questions) apart from the
 * rest, so that a staff journey, a search or the flow does not hold up the other pages. Static assets, and the email background function (which a form function calls
 * while it is being handled), go straight through.
 */
const lanes = new Map<string, Promise<unknown>>();
const oneAtATime = <T>(lane: string, work: () => Promise<T>): Promise<T> => {
  const turn = (lanes.get(lane) ?? Promise.resolve()).then(work, work);
  lanes.set(
    lane,
    turn.catch(() => undefined),
  );
  return turn;
};
const runsConcurrently = (url = "") => /^\/(_astro|pagefind|\.netlify\/functions)\/|^\/favicon/.test(url);
const laneOf = (url = "") => /^\/(staff|search|which-steps)(?=[/?]|$)/.exec(url)?.[1] ?? "site";

const server = createServer(async (req, res) => {
  try {
    const handle = () => netlify.handleAndIntrospectNodeRequest(req);
    const match = await (runsConcurrently(req.url) ? handle() : oneAtATime(laneOf(req.url), handle));
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
