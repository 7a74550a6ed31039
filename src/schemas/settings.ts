import { z } from "astro/zod";
import { unset } from "./unset.ts";

/** The organisation's settings (`content/settings.json`): everything another delivery partner would change. */
export const settingsSchema = z.strictObject({
  /** Short name shown as the text logo and in page titles, e.g. "BTSA". */
  organisationName: z.string().min(1),
  /** What the organisation is, in a phrase: "a teaching school alliance". */
  organisationDescription: z.string().min(1),
  /** The name ECTs and mentors pick from the lead provider's list of delivery partners. */
  deliveryPartner: z.string().min(1),
  /** The lead provider's full name, e.g. "Best Practice Network". */
  leadProvider: z.string().min(1),
  /** The lead provider's abbreviation, e.g. "BPN". */
  leadProviderShort: z.string().min(1),
  /** The programme's full name. */
  programmeName: z.string().min(1),
  /** The programme's abbreviation, e.g. "ECF". */
  programmeShortName: z.string().min(1),
  /** The intake the guidance describes, e.g. "September 2022". */
  intake: z.string().min(1),
  /** The named contact for local delivery. */
  contactName: z.string().min(1),
  /** The contact's role. */
  contactRole: z.string().min(1),
  /** The contact's phone number, written as people dial it. */
  contactPhone: z.string().regex(/^[0-9 +()]{7,20}$/, "a phone number of digits, spaces, + and brackets"),
  /** The contact's email address; unset until the alliance supplies it. */
  contactEmail: unset(z.email()),
  /** The lead provider's ECF participant support email; unset until supplied. */
  participantSupportEmail: unset(z.email()),
  /**
   * How many months form submissions are kept from the day they are sent: the privacy notice states it and a
   * daily job deletes older ones. Unset until the alliance decides; nothing is deleted until then.
   */
  retentionMonths: unset(z.number().int().min(1).max(120)),
  /** The date of the ECTs' and mentors' Induction Conference, as the welcome pack says it; unset until known. */
  inductionConferenceDate: unset(z.string().min(1)),
  /** The public address of this site, for canonical URLs and the sitemap; Netlify's `URL` overrides it. */
  siteUrl: unset(z.url()),
});

/** The organisation's settings, as the site and the functions read them. */
export type Settings = z.infer<typeof settingsSchema>;
