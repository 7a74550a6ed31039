import { z } from "astro/zod";

/** Words of an email, with `{placeholders}`: settings, `{reference}`, the form's answers, and `answerWords`. */
const words = z.string().min(1);

/** What the words in curly brackets become, for the hints. */
const filledIn =
  "Words in curly brackets are filled in by the site: {reference} with the reference number, a setting such as {organisationName}, or an answer such as {fullName}.";

/** A key of `content/links.json`. */
const linkKey = z.string().regex(/^[a-z0-9-]+$/);

/** When a block is included: for one answer to a question, or while a setting is (or is not yet) supplied. */
const conditionSchema = z.union([
  z
    .strictObject({
      answer: z.string().min(1).meta({
        title: "Question",
        description: "The name of the question, for example role.",
      }),
      is: z.string().min(1).meta({
        title: "Answer",
        description: "The stored value of the answer that includes the block, for example mentor.",
      }),
    })
    .meta({
      title: "When an answer is given",
      description: "Include the block only when the answer to a question is a given value.",
    }),
  z
    .strictObject({
      setting: z.string().min(1).meta({
        title: "Setting",
        description: "The name of the setting, for example inductionConferenceDate.",
      }),
      isSet: z.boolean().meta({
        title: "Supplied",
        description:
          "Ticked: include the block once the setting is supplied. Not ticked: include it while the setting is still to be supplied.",
      }),
    })
    .meta({
      title: "When a setting is supplied or not",
      description: "Include the block only once a setting is supplied, or only while it is not.",
    }),
]);

/** What every block may add: a condition. */
const optional = {
  when: conditionSchema.optional().meta({
    title: "Only when",
    description:
      "Leave it empty to include the block in every email of this kind. Otherwise the block is included only when an answer is a given value (for example only for mentors), or only once a setting is supplied (or only while it is not).",
  }),
};

/**
 * One part of an email. The text part and the HTML part are both rendered from it, so the two cannot say
 * different things (functions/lib/email-render.ts).
 */
export const emailBlockSchema = z.union([
  z
    .strictObject({
      paragraph: words.meta({
        title: "Paragraph",
        description: `A paragraph of text. ${filledIn} The reference number is in bold.`,
        multiline: true,
      }),
      ...optional,
    })
    .meta({ title: "Paragraph", description: "A paragraph of text." }),
  z
    .strictObject({
      heading: words.meta({
        title: "Heading",
        description: `A heading, for example "What happens next". ${filledIn}`,
      }),
      ...optional,
    })
    .meta({ title: "Heading", description: "A heading above the blocks that follow it." }),
  z
    .strictObject({
      steps: z
        .array(words)
        .min(1)
        .meta({
          title: "Steps",
          description: `Steps, numbered in order. ${filledIn}`,
          itemLabel: "Step",
        }),
      ...optional,
    })
    .meta({ title: "Numbered steps", description: "A list of steps, numbered in order." }),
  z
    .strictObject({
      links: z.array(linkKey).min(1).meta({
        title: "Links",
        description:
          'Links to pages on other sites, each by its short name from the links, for example bpn-ect-handbook. A link whose address is still to be supplied shows its text followed by "(to follow)".',
        itemLabel: "Link",
      }),
      ...optional,
    })
    .meta({ title: "Links", description: "A list of links to pages on other sites." }),
  z
    .strictObject({
      quote: words.meta({
        title: "Quoted answer",
        description:
          "An answer as the person typed it, line breaks kept: the name of the question in curly brackets, for example {question}.",
      }),
      ...optional,
    })
    .meta({ title: "Quoted answer", description: "Something the person typed, shown as they typed it." }),
  z
    .strictObject({
      answers: z.literal(true).meta({
        title: "All answers",
        description: "Keep it ticked: the block lists every answer under its question, in the form's order.",
      }),
      ...optional,
    })
    .meta({ title: "All answers", description: "Every answer of the form, under its question, in the form's order." }),
  z
    .strictObject({
      contact: z.literal(true).meta({
        title: "Contact details",
        description:
          "Keep it ticked: the block shows the contact's name, role, phone number and email address from the settings.",
      }),
      ...optional,
    })
    .meta({ title: "Contact details", description: "The alliance's contact details, from the settings." }),
]);

/** One email: its subject and its body. Who receives it is decided by the form's email function. */
export const emailSchema = z
  .strictObject({
    subject: words.meta({
      title: "Subject",
      description: `The email's subject line, for example "New school registration {reference}: {schoolName}". ${filledIn}`,
    }),
    body: z.array(emailBlockSchema).min(1).meta({
      title: "Body",
      description:
        "The email's content, block by block, in order: paragraphs, headings, numbered steps, links, a quoted answer, all the answers, or the contact details. The site makes both the plain and the formatted version of the email from these blocks.",
      itemLabel: "Block",
    }),
  })
  .meta({ title: "Email", description: "One email: its subject line and its content." });

/** A form's emails (`content/emails/<form>.json`). */
export const formEmailsSchema = z
  .strictObject({
    answerWords: z
      .record(
        z.string(),
        z
          .strictObject({
            answer: z.string().min(1).meta({
              title: "Question",
              description: "The name of the question whose answer decides the words, for example role.",
            }),
            words: z
              .record(z.string(), words.meta({ title: "Words", description: "The words for this answer." }))
              .meta({
                title: "Words for each answer",
                description: 'For each stored value of the answer, the words to show, for example ect: "ECT".',
              }),
          })
          .meta({
            title: "Words that depend on an answer",
            description: "Which question's answer decides the words, and the words for each answer.",
          }),
      )
      .optional()
      .meta({
        title: "Words that depend on an answer",
        description:
          'Words for the emails that depend on an answer, each under its own name. For example roleName, for the answer to the question role, reads "ECT" when the answer is ect and "mentor" when it is mentor, so that {roleName} in an email shows the right word.',
      }),
    /** Each under the name the form's email function sends it by. */
    emails: z.record(z.string(), emailSchema).meta({
      title: "Emails",
      description:
        "The emails, each under the name the site sends it by, such as confirmation or notification. Keep the names: the site decides whom to send each email to by its name.",
    }),
  })
  .meta({
    title: "Form emails",
    description:
      "The emails that the site sends when someone sends one of its forms: to the person who sent it, and to the alliance.",
  });

/** One block of an email. */
export type EmailBlock = z.infer<typeof emailBlockSchema>;
/** One email's words. */
export type EmailContent = z.infer<typeof emailSchema>;
/** A form's emails. */
export type FormEmails = z.infer<typeof formEmailsSchema>;
