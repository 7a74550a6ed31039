import { z } from "astro/zod";

/** A key of `content/links.json`. */
const linkKey = z.string().regex(/^[a-z0-9-]+$/);

/** What one role's welcome pack adds: its handbook. */
const roleSchema = z.strictObject({
  /** The handbook's name in the email. */
  handbookTitle: z.string().min(1),
  /** The handbook's link: its address may be unset until the lead provider publishes it. */
  handbookLink: linkKey,
});

/** The welcome pack emailed to an ECT or mentor when they register (`content/welcome-pack.json`). */
export const welcomePackSchema = z.strictObject({
  /** The opening paragraph. */
  introduction: z.string().min(1),
  /** Preparatory information about the programme: a sentence and the links it introduces. */
  preparatoryInformation: z.strictObject({ text: z.string().min(1), links: z.array(linkKey).min(1) }),
  /** The role-specific part: handbooks. */
  roles: z.strictObject({ ect: roleSchema, mentor: roleSchema }),
  /** How to register for the Induction Conference; the date is unset (`null`) until it is known. */
  inductionConference: z.strictObject({
    text: z.string().min(1),
    registrationLink: linkKey,
    date: z.string().min(1).nullable(),
  }),
});

/** The welcome pack's words and links. */
export type WelcomePack = z.infer<typeof welcomePackSchema>;
