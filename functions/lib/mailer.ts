import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import nodemailer from "nodemailer";

/** One email, with both parts: every user value in `html` must already be escaped. */
export interface Email {
  to: string;
  cc?: string | undefined;
  replyTo?: string | undefined;
  subject: string;
  text: string;
  html: string;
}

/** The sender's address: MAIL_FROM, else a placeholder that only the local outbox ever sees. */
const sender = () => process.env.MAIL_FROM ?? "BTSA <no-reply@localhost>";

/** Where emails go when no SMTP server is configured: OUTBOX_DIR, else `.outbox/` in the project. */
export const outboxDir = () => resolve(process.env.OUTBOX_DIR ?? ".outbox");

/**
 * Sends one email: through SMTP_URL when set (e.g. smtps://user:pass@smtp.example.org), else writes it as
 * an .eml file to the outbox folder and logs the path. Throws if the email could not be handed over.
 */
export async function sendEmail(email: Email): Promise<void> {
  if (!email.to) throw new Error("No recipient address: set ALLIANCE_INBOX or the contactEmail setting");
  const message = { from: sender(), ...email };
  const smtpUrl = process.env.SMTP_URL;
  if (smtpUrl) {
    const transport = nodemailer.createTransport(smtpUrl, { disableFileAccess: true, disableUrlAccess: true });
    try {
      await transport.sendMail(message);
    } finally {
      transport.close();
    }
    return;
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const { message: raw } = (await transport.sendMail(message)) as unknown as { message: Buffer };
  const folder = outboxDir();
  await mkdir(folder, { recursive: true });
  const file = join(folder, `${new Date().toISOString().replace(/[:.]/g, "-")}-${crypto.randomUUID().slice(0, 8)}.eml`);
  await writeFile(file, raw);
  console.log(`[outbox] email to ${email.to} written to ${file}`);
}
