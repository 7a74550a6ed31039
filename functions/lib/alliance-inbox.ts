import { settings } from "../../src/lib/settings.ts";

/** The alliance's inbox: ALLIANCE_INBOX, else the contact email setting; locally, a placeholder for the outbox. */
export function allianceInbox(): string | undefined {
  return (
    process.env.ALLIANCE_INBOX ||
    settings.contactEmail ||
    (process.env.SMTP_URL ? undefined : "alliance-inbox@localhost")
  );
}
