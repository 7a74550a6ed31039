import { afterAll, beforeAll, beforeEach } from "vitest";
import sendEmailsBackground from "../../functions/send-emails-background";
import { closeMailer } from "../../functions/lib/mailer";
import { serveFunction, startBlobs, startSmtp } from "./local-services";

/**
 * Starts a real Blobs store, SMTP server and the email background function for the function tests of
 * one file, points the functions at them through their environment, empties the SMTP inbox before each
 * test, and stops all three afterwards. The background function answers when it has sent, so a test
 * can look for the emails as soon as the form's function has answered. A test may change how the SMTP server
 * behaves (`smtp.behaviour`): that is reset before each test.
 */
export function useLocalServices() {
  const services = {} as {
    blobs: Awaited<ReturnType<typeof startBlobs>>;
    smtp: Awaited<ReturnType<typeof startSmtp>>;
    worker: Awaited<ReturnType<typeof serveFunction>>;
  };
  beforeAll(async () => {
    services.blobs = await startBlobs();
    services.smtp = await startSmtp();
    services.worker = await serveFunction(sendEmailsBackground);
    Object.assign(process.env, {
      EMAIL_WORKER_URL: services.worker.url,
      SMTP_URL: services.smtp.url,
      ALLIANCE_INBOX: "ecf@btsa.example",
      MAIL_FROM: "BTSA <no-reply@btsa.example>",
    });
  });
  afterAll(async () => {
    for (const name of ["EMAIL_WORKER_URL", "SMTP_URL", "ALLIANCE_INBOX", "MAIL_FROM"]) delete process.env[name];
    closeMailer();
    await services.worker.stop();
    await services.smtp.stop();
    await services.blobs.stop();
  });
  beforeEach(() => {
    services.smtp.received.length = 0;
    services.smtp.envelopes.length = 0;
    services.smtp.behaviour.refuse = undefined;
    services.smtp.behaviour.beforeAccepting = undefined;
  });
  return services;
}
