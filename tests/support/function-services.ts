import { afterAll, beforeAll, beforeEach } from "vitest";
import { closeMailer } from "../../functions/lib/mailer";
import { startBlobs, startSmtp } from "./local-services";

/**
 * Starts a real Blobs store and SMTP server for the function tests of one file, points the functions at
 * them through their environment, empties the SMTP inbox before each test, and stops both afterwards.
 */
export function useLocalServices() {
  const services = {} as { blobs: Awaited<ReturnType<typeof startBlobs>>; smtp: Awaited<ReturnType<typeof startSmtp>> };
  beforeAll(async () => {
    services.blobs = await startBlobs();
    services.smtp = await startSmtp();
    Object.assign(process.env, {
      SMTP_URL: services.smtp.url,
      ALLIANCE_INBOX: "ecf@btsa.example",
      MAIL_FROM: "BTSA <no-reply@btsa.example>",
    });
  });
  afterAll(async () => {
    for (const name of ["SMTP_URL", "ALLIANCE_INBOX", "MAIL_FROM"]) delete process.env[name];
    closeMailer();
    await services.smtp.stop();
    await services.blobs.stop();
  });
  beforeEach(() => {
    services.smtp.received.length = 0;
    services.smtp.envelopes.length = 0;
  });
  return services;
}
