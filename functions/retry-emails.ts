import type { Config } from "@netlify/functions";
import { registeredForms } from "./lib/registered-forms.ts";
import { listRecords } from "./lib/store.ts";
import { sendAndRecord } from "./lib/send-and-record.ts";

/** After this many tries a record stays pending for staff to look at, rather than mailing forever. */
export const MAX_EMAIL_ATTEMPTS = 10;

/** A submission never tried yet may still be in the hands of the background function: leave it that long. */
const HAND_OVER_GRACE_MS = 5 * 60_000;

const isDue = ({ email, createdAt }: { email: { status: string; attempts: number }; createdAt: string }) =>
  email.status === "pending" &&
  email.attempts < MAX_EMAIL_ATTEMPTS &&
  (email.attempts > 0 || Date.now() - Date.parse(createdAt) > HAND_OVER_GRACE_MS);

/**
 * Every 10 minutes: sends the emails of every stored submission still pending (the mail server was down,
 * or the hand-over to the background function failed), so that "your email will follow" comes true.
 * Returns what it did, as JSON.
 */
export default async () => {
  const results: { form: string; reference: string; status: string }[] = [];
  for (const { form, emails } of Object.values(registeredForms)) {
    for (const { key, record } of await listRecords(form.id)) {
      if (!isDue(record)) continue;
      const updated = await sendAndRecord(form.id, key, record, emails(record as never));
      results.push({ form: form.id, reference: record.reference, status: updated.email.status });
    }
  }
  console.log(`[retry-emails] ${results.length} pending submission(s) retried`);
  return Response.json({ retried: results });
};

export const config: Config = { schedule: "*/10 * * * *" };
