import type { Config } from "@netlify/functions";
import { settings } from "../src/lib/settings.ts";
import { sweepExpiredAccess } from "./lib/staff/access.ts";
import { deleteExpired } from "./lib/retention.ts";

/** A scheduled function has 30 seconds: start no batch after this, and leave the rest for the next day. */
const RUN_BUDGET_MS = 20_000;
/** After that, the staff area's expired links, sessions and counts: started by 25 s at the latest. */
const SWEEP_BUDGET_MS = 5_000;

/** Deletes the submissions past the retention period, or nothing while it is unset; logs what it did. */
async function deleteExpiredSubmissions(deadline: number) {
  const months = settings.retentionMonths;
  if (months === null) {
    console.log("[delete-expired-submissions] retentionMonths is unset in content/settings.json: nothing deleted");
    return { deleted: 0, finished: true, cutoff: null };
  }
  const result = await deleteExpired(months, { deadline });
  console.log(
    `[delete-expired-submissions] deleted ${result.deleted} submission(s) sent before ${result.cutoff}` +
      (result.finished ? "" : "; more are left for the next run"),
  );
  return result;
}

/**
 * Every day: deletes the submissions older than the retention period (`retentionMonths` in
 * content/settings.json, which the privacy notice states), with every index entry of theirs; deletes none while
 * the period is unset. Then clears the staff area's expired sign-in links, sessions and rate-limit counts (they
 * hold staff addresses), in the time left. Returns what it did, as JSON.
 */
export default async () => {
  const deadline = Date.now() + RUN_BUDGET_MS;
  const result = await deleteExpiredSubmissions(deadline);
  const expiredAccess = await sweepExpiredAccess(Date.now(), deadline + SWEEP_BUDGET_MS);
  return Response.json({ ...result, expiredAccess });
};

export const config: Config = { schedule: "@daily" };
