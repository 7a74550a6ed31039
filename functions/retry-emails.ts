import type { Config } from "@netlify/functions";
import { backfillIfNeeded } from "./lib/backfill.ts";
import { processQueued } from "./lib/process-submission.ts";
import { formsById } from "./lib/registered-forms.ts";
import type { SubmissionRecord } from "./lib/store.ts";
import { queued } from "./lib/submission-index.ts";

/** A submission never tried yet may still be in the hands of the background function: leave it that long. */
const HAND_OVER_GRACE_MS = 5 * 60_000;

/** A scheduled function has 30 seconds: start nothing new after this, and leave the rest for the next run. */
const RUN_BUDGET_MS = 20_000;

const isDue = (record: SubmissionRecord) =>
  Object.keys(record.emails).length > 0 || Date.now() - Date.parse(record.createdAt) > HAND_OVER_GRACE_MS;

/**
 * Every 10 minutes: does the work still queued (functions/lib/submission-index.ts), that is the emails not yet
 * sent (the mail server was down, or the hand-over to the background function failed) and rows not yet
 * written, so that "your email will follow" comes true. It reads only the queue: with nothing queued a run costs
 * two requests however many submissions are stored. Its first run after this version is deployed brings older
 * records into the indexes (functions/lib/backfill.ts). Returns what it did, as JSON.
 */
export default async () => {
  const deadline = Date.now() + RUN_BUDGET_MS;
  const backfill = await backfillIfNeeded(deadline);
  const queue = (await queued()).flatMap(({ form, key }) => {
    const entry = formsById.get(form);
    return entry ? [{ entry, key }] : [];
  });
  const outcomes = await processQueued(queue, { isDue, deadline });
  const retried = outcomes
    .filter(({ email }) => email !== "waiting" && email !== "gone")
    .map(({ form, reference, email }) => ({ form, reference, status: email }));
  console.log(
    `[retry-emails] ${retried.length} of ${queue.length} queued submission(s) handled` +
      (backfill
        ? `; backfill: ${backfill.records} record(s), ${backfill.finished ? "finished" : "to be continued"}`
        : ""),
  );
  return Response.json({ retried, backfill });
};

export const config: Config = { schedule: "*/10 * * * *" };
