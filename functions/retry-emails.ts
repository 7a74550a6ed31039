import type { Config } from "@netlify/functions";
import { registeredForms } from "./lib/registered-forms.ts";
import { listRecords } from "./lib/store.ts";
import { sendAndRecord } from "./lib/submit-form.ts";

/** After this many tries a record stays pending for staff to look at, rather than mailing forever. */
export const MAX_EMAIL_ATTEMPTS = 10;

/**
 * Every hour: sends again the emails of every stored submission whose email is still pending, so that
 * "your email will follow" comes true once the mail server is back. Returns what it did, as JSON.
 */
export default async () => {
  const results: { form: string; reference: string; status: string }[] = [];
  for (const { form, emails } of Object.values(registeredForms)) {
    for (const { key, record } of await listRecords(form.id)) {
      if (record.email.status !== "pending" || record.email.attempts >= MAX_EMAIL_ATTEMPTS) continue;
      const updated = await sendAndRecord(form.id, key, record, emails(record as never));
      results.push({ form: form.id, reference: record.reference, status: updated.email.status });
    }
  }
  console.log(`[retry-emails] ${results.length} pending submission(s) retried`);
  return Response.json({ retried: results });
};

export const config: Config = { schedule: "@hourly" };
