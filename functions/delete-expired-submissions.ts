import type { Config } from "@netlify/functions";
import { settings } from "../src/lib/settings.ts";
import { sweepExpiredAccess } from "./lib/staff/access.ts";
import { deleteExpired } from "./lib/retention.ts";

/** A scheduled function has 30 seconds: start no batch after this, and leave the rest for the next day. */
const RUN_BUDGET_MS = 20_000;

/**
 * Every day: deletes the submissions older than the retention period (`retentionMonths` in
 * content/settings.json, which the privacy notice states), with every index entry of theirs, and logs how
 * many; deletes nothing of them while the period is unset. Also clears the staff area's expired sign-in links,
 * sessions and rate-limit counts (they hold staff addresses). Returns what it did, as JSON.
 */
export default async () => {
  const expiredAccess = await sweepExpiredAccess();
  const months = settings.retentionMonths;
  if (months === null) {
    console.log("[delete-expired-submissions] retentionMonths is unset in content/settings.json: nothing deleted");
    return Response.json({ deleted: 0, finished: true, cutoff: null, expiredAccess });
  }
  const result = await deleteExpired(months, { deadline: Date.now() + RUN_BUDGET_MS });
  console.log(
    `[delete-expired-submissions] deleted ${result.deleted} submission(s) sent before ${result.cutoff}` +
      (result.finished ? "" : "; more are left for the next run"),
  );
  return Response.json({ ...result, expiredAccess });
};

export const config: Config = { schedule: "@daily" };
