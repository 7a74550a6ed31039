import type { Context } from "@netlify/functions";
import { registeredForms } from "./lib/registered-forms.ts";
import { getRecord } from "./lib/store.ts";
import { sendAndRecord } from "./lib/submit-form.ts";

/**
 * Sends the emails of one stored submission ({ form, key }) if they are still pending. A background
 * function: Netlify answers the caller 202 at once and runs this on an instance of its own. Safe to call
 * again: a submission whose emails went is left alone; the key is a 128-bit hash nobody can guess.
 */
export default async (req: Request, _context: Context) => {
  const { form: formId, key } = (await req.json().catch(() => ({}))) as { form?: unknown; key?: unknown };
  const entry = Object.values(registeredForms).find(({ form }) => form.id === formId);
  if (!entry || typeof key !== "string" || !/^[0-9a-f]{32}$/.test(key)) {
    return new Response("Send { form, key } of a stored submission.", { status: 400 });
  }
  const record = await getRecord(entry.form.id, key);
  if (record?.email.status === "pending")
    await sendAndRecord(entry.form.id, key, record, entry.emails(record as never));
  return new Response(null, { status: 204 });
};
