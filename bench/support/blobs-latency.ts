/**
 * A proxy in front of a local Blobs server that holds every request for a while before passing it on: on this
 * machine a blob request takes a millisecond or two, on Netlify a round trip to the Blobs service takes tens, so
 * what reads blobs one after another and what reads them in parallel look alike here unless a delay is added.
 */
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";

/** Starts the proxy for the server at `target`, delaying each request by `delayMs`; returns its URL. */
export async function startBlobsLatency(target: string, delayMs: number) {
  const server = createServer((incoming, outgoing) => {
    setTimeout(() => {
      const upstream = request(
        new URL(incoming.url ?? "/", target),
        { method: incoming.method, headers: incoming.headers },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      upstream.on("error", () => outgoing.writeHead(502).end());
      incoming.pipe(upstream);
    }, delayMs);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  // A bench that fails before stopping it still exits.
  server.unref();
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
