import { z } from "astro/zod";
import { unset } from "./unset.ts";

/** The organisation's settings (`content/settings.json`): everything another delivery partner would change. */
export const settingsSchema = z
  .strictObject({
    organisationName: z.string().min(1).meta({
      title: "Organisation name",
      description:
        "The organisation's short name, shown as the name at the top of every page and in page titles, for example BTSA.",
    }),
    organisationDescription: z.string().min(1).meta({
      title: "What the organisation is",
      description:
        'What the organisation is, in a short phrase that follows "BTSA is" in the footer, for example "a teaching school alliance".',
    }),
    deliveryPartner: z.string().min(1).meta({
      title: "Delivery partner name",
      description:
        "The name that ECTs and mentors select from the lead provider's list of delivery partners, written exactly as that list shows it, for example BTSA.",
    }),
    leadProvider: z.string().min(1).meta({
      title: "Lead provider",
      description: "The lead provider's full name, for example Best Practice Network.",
    }),
    leadProviderShort: z.string().min(1).meta({
      title: "Lead provider's short name",
      description: "The lead provider's short name or abbreviation, for example BPN.",
    }),
    programmeName: z.string().min(1).meta({
      title: "Programme name",
      description:
        'The programme\'s full name, as it reads after "the" in a sentence, for example "Early Career Framework (ECF) induction programme".',
    }),
    programmeShortName: z.string().min(1).meta({
      title: "Programme short name",
      description:
        "The programme's abbreviation, shown under the organisation's name at the top of every page, for example ECF.",
    }),
    intake: z.string().min(1).meta({
      title: "Intake",
      description: "The intake that the guidance and its timeline describe, for example September 2022.",
    }),
    contactName: z.string().min(1).meta({
      title: "Contact name",
      description:
        "The full name of the person schools contact about local delivery, shown on the contact page and in emails, for example Denise Mair.",
    }),
    contactRole: z.string().min(1).meta({
      title: "Contact's role",
      description: "The contact's job title, shown with their name, for example BTSA Manager.",
    }),
    contactPhone: z
      .string()
      .regex(/^[0-9 +()]{7,20}$/, "a phone number of digits, spaces, + and brackets")
      .meta({
        title: "Contact phone number",
        description:
          "The contact's phone number, written as people dial it: digits, spaces, + and brackets only, for example 01268 754137.",
      }),
    contactEmail: unset(z.email()).meta({
      title: "Contact email",
      description:
        "The contact's email address, shown on the contact page and in emails, for example name@example.org.",
    }),
    participantSupportEmail: unset(z.email()).meta({
      title: "Participant support email",
      description:
        "The email address of the lead provider's support team for ECF participants, given on the contact page, the timeline and the FAQ.",
    }),
    retentionMonths: unset(z.number().int().min(1).max(120)).meta({
      title: "Months to keep submissions",
      description:
        "How many months the answers people send through the site's forms are kept, counted from the day they are sent: a whole number from 1 to 120, for example 24. The privacy notice states it, and older submissions are deleted automatically each day. Nothing is deleted until it is set.",
    }),
    inductionConferenceDate: unset(z.string().min(1)).meta({
      title: "Induction Conference date",
      description:
        "The date of the ECTs' and mentors' Induction Conference, written in full as the welcome pack email should say it: the email reads \"The Induction Conference is on\" followed by this date.",
    }),
    /** Netlify's `URL` overrides it. */
    siteUrl: unset(z.url()).meta({
      title: "Site address",
      description:
        "The public address of this site, starting with https://, for example https://www.example.org. Search engines, the sitemap and the links in staff sign-in emails use it. Where the site is published on Netlify, the address Netlify gives it is used instead.",
    }),
  })
  .meta({
    title: "Settings",
    description:
      "The organisation's details: its name, the lead provider and programme, the contact person and other facts that pages and emails fill in. Another delivery partner running this site would change these.",
  });

/** The organisation's settings, as the site and the functions read them. */
export type Settings = z.infer<typeof settingsSchema>;
