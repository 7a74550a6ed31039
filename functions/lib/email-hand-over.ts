import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";

/** The background function that sends stored submissions' emails (functions/send-emails-background.ts). */
export const EMAIL_WORKER = "send-emails-background";

/** The most submissions one call to the background function carries; more go in the next call. */
export const MAX_HAND_OVER = 50;

/** One stored submission whose emails are to be sent. */
export interface PendingSubmission {
  form: string;
  key: string;
}

/** A call being filled: every hand-over made before it goes, and the promise that it has gone. */
interface Batch {
  submissions: PendingSubmission[];
  gone: Promise<void>;
}

/** Calls being filled, by the background function's address. */
const filling = new Map<string, Batch>();

/**
 * Hands a stored submission's emails to the background function that sends them, so that the answer to the
 * user waits only for storage (on Netlify the background function answers 202 at once and runs on an
 * instance of its own). Hand-overs made in the same turn of the event loop share one call: on Netlify an
 * instance serves one request at a time, so a call carries one submission; a long-lived server under load
 * (`netlify dev`, the bench) makes one call for several. Never rejects: if the call fails, the submissions
 * stay pending and the retry (functions/retry-emails.ts) sends them.
 */
export function handOverEmails(submission: PendingSubmission, requestUrl: string): Promise<void> {
  const worker = new URL(process.env.EMAIL_WORKER_URL ?? `/.netlify/functions/${EMAIL_WORKER}`, requestUrl).href;
  let batch = filling.get(worker);
  if (!batch) {
    const submissions: PendingSubmission[] = [];
    const gone = new Promise<void>((resolve) =>
      setImmediate(() => {
        if (filling.get(worker) === batch) filling.delete(worker);
        resolve(deliver(worker, submissions));
      }),
    );
    batch = { submissions, gone };
    filling.set(worker, batch);
  }
  batch.submissions.push(submission);
  if (batch.submissions.length >= MAX_HAND_OVER) filling.delete(worker);
  return batch.gone;
}

async function deliver(worker: string, submissions: PendingSubmission[]): Promise<void> {
  try {
    const status = await postJson(new URL(worker), { submissions });
    if (status < 200 || status > 299) throw new Error(`the email worker answered ${status}`);
  } catch (error) {
    const which = submissions.map(({ form, key }) => `${form}/${key}`).join(", ");
    console.error(`emails left pending for the retry (${which}): ${(error as Error).message}`);
  }
}

/**
 * POSTs JSON and resolves with the status, ignoring the body. node:http rather than fetch: the hand-over is
 * on every submission's path, and fetch costs about three times as much CPU a call (bench/).
 */
function postJson(url: URL, body: unknown): Promise<number> {
  const payload = JSON.stringify(body);
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = send(
      url,
      {
        method: "POST",
        headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(payload) },
        timeout: 5_000,
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    outgoing.on("timeout", () => outgoing.destroy(new Error("the email worker did not answer within 5 s")));
    outgoing.on("error", reject);
    outgoing.end(payload);
  });
}
