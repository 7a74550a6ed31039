import { sendEmail, type Email } from "./mailer.ts";
import { updateEmailStatus, type SubmissionRecord } from "./store.ts";

/**
 * Sends a stored submission's emails and records how it went. A failure leaves the record "pending" with
 * the reason, for a retry; it never undoes the registration.
 */
export async function sendAndRecord<Data>(
  formId: string,
  key: string,
  record: SubmissionRecord<Data>,
  messages: Email[],
): Promise<SubmissionRecord<Data>> {
  const failures: string[] = [];
  for (const message of messages) {
    try {
      await sendEmail(message);
    } catch (error) {
      failures.push(`${message.subject}: ${(error as Error).message}`);
    }
  }
  const updated: SubmissionRecord<Data> = {
    ...record,
    email: {
      status: failures.length === 0 ? "sent" : "pending",
      attempts: record.email.attempts + 1,
      ...(failures.length ? { lastError: failures.join("; ") } : { sentAt: new Date().toISOString() }),
    },
  };
  if (failures.length) console.error(`[${formId}] ${record.reference}: email pending: ${failures.join("; ")}`);
  try {
    await updateEmailStatus(formId, key, updated);
  } catch (error) {
    console.error(`[${formId}] ${record.reference}: could not record the email status:`, error);
  }
  return updated;
}
