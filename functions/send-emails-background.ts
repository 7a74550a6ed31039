import type { Context } from "@netlify/functions";
import { MAX_HAND_OVER, type PendingSubmission } from "./lib/email-hand-over.ts";
import { processQueued } from "./lib/process-submission.ts";
import { formsById } from "./lib/registered-forms.ts";

/** A submission key is a 128-bit hash in hex (functions/lib/reference.ts): nothing else is looked up. */
const isSubmission = (item: unknown): item is PendingSubmission => {
  const { form, key } = (item ?? {}) as Record<string, unknown>;
  return typeof form === "string" && formsById.has(form) && typeof key === "string" && /^[0-9a-f]{32}$/.test(key);
};

/**
 * Sends the emails of stored submissions ({ submissions: [{ form, key }, ...] }, as handed over by
 * functions/lib/email-hand-over.ts) and writes their rows in the staff list (functions/lib/process-submission.ts).
 * A background function: Netlify answers the caller 202 at once and runs this on an instance of its own. Safe
 * to call again: an email that went is not sent again. One submission's failure does not stop the others; the
 * retry picks it up from the queue.
 */
export default async (req: Request, _context: Context) => {
  const { submissions } = (await req.json().catch(() => ({}))) as { submissions?: unknown };
  if (
    !Array.isArray(submissions) ||
    submissions.length === 0 ||
    submissions.length > MAX_HAND_OVER ||
    !submissions.every(isSubmission)
  ) {
    return new Response(
      `Send { submissions: [{ form, key }, ...] }: 1 to ${MAX_HAND_OVER} stored submissions of known forms.`,
      { status: 400 },
    );
  }
  await processQueued(submissions.map(({ form, key }) => ({ entry: formsById.get(form)!, key })));
  return new Response(null, { status: 204 });
};
