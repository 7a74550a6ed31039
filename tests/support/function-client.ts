import { enhancedMeta } from "../fixtures/school-registration";

type Handler = (req: Request, context: never) => Promise<Response>;

/** Builds real Requests for a form function and calls it directly, as Netlify would. */
export function functionClient(handler: Handler, path: string) {
  const url = `http://127.0.0.1${path}`;
  return {
    /** POSTs JSON, as the enhanced form does (meta fields included unless overridden). */
    postJson: (body: Record<string, unknown>, withMeta = true) =>
      handler(
        new Request(url, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(withMeta ? { ...enhancedMeta(), ...body } : body),
        }),
        {} as never,
      ),
    /** POSTs an urlencoded HTML form, as a browser without JavaScript does. */
    postForm: (fields: Record<string, string>) =>
      handler(new Request(url, { method: "POST", body: new URLSearchParams(fields) }), {} as never),
    /** Any request, for the guards. */
    send: (init: RequestInit) => handler(new Request(url, init), {} as never),
  };
}
