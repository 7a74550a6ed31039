import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import nodemailer, { type Transporter } from "nodemailer";

/** One email, with both parts: every user value in `html` must already be escaped. */
export interface Email {
  /** Which of the form's emails this is, as named in content/emails/: its delivery is recorded under it. */
  name: string;
  to: string;
  cc?: string | undefined;
  replyTo?: string | undefined;
  subject: string;
  text: string;
  html: string;
}

/** The sender's address: MAIL_FROM, else a placeholder that only the local outbox ever sees. */
const sender = () => process.env.MAIL_FROM ?? "BTSA <no-reply@localhost>";

let pooled: { url: string; transport: Transporter } | undefined;

/**
 * One pooled SMTP connection per warm function instance: a new connection per email costs ~100 ms of
 * greeting and handshake; a pooled one ~5 ms. Idle connections close themselves after a minute.
 */
function smtpTransport(url: string): Transporter {
  if (pooled?.url !== url) {
    pooled?.transport.close();
    const pooledUrl = new URL(url);
    pooledUrl.searchParams.set("pool", "true");
    pooledUrl.searchParams.set("maxConnections", "2");
    pooledUrl.searchParams.set("socketTimeout", "60000");
    // Message defaults: nothing a user typed may make nodemailer read a file or fetch a URL.
    const transport = nodemailer.createTransport(pooledUrl.href, { disableFileAccess: true, disableUrlAccess: true });
    pooled = { url, transport };
  }
  return pooled.transport;
}

/** Where emails go when no SMTP server is configured: OUTBOX_DIR, else `.outbox/` in the project. */
export const outboxDir = () => resolve(process.env.OUTBOX_DIR ?? ".outbox");

/**
 * Sends one email: through SMTP_URL when set (e.g. smtps://user:pass@smtp.example.org), else writes it as
 * an .eml file to the outbox folder and logs the path. Throws if the email could not be handed over.
 */
export async function sendEmail(email: Email): Promise<void> {
  if (!email.to) throw new Error("No recipient address: set ALLIANCE_INBOX or the contactEmail setting");
  const { name: _name, ...fields } = email;
  const message = { from: sender(), ...fields };
  const smtpUrl = process.env.SMTP_URL;
  if (smtpUrl) {
    await smtpTransport(smtpUrl).sendMail(message);
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

/** Closes the pooled SMTP connection (tests and benchmarks, before stopping their mail server). */
export function closeMailer() {
  pooled?.transport.close();
  pooled = undefined;
}
