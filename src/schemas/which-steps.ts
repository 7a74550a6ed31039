import { z } from "astro/zod";
import { template } from "./interface.ts";
import { settingsSchema } from "./settings.ts";

/**
 * The "Which steps apply to my school?" question flow (`content/which-steps.json`): its questions, where each
 * answer leads, and the outcomes with their steps. Words may use the settings as `{placeholders}`. The build
 * also checks the flow as a whole (src/lib/which-steps/check.ts): every answer leads somewhere, every outcome is
 * reached, links and pages exist.
 */

/** The settings' names: any of the flow's words may show one as a `{placeholder}`. */
const settingNames = Object.keys(settingsSchema.shape);

/** Words with settings in them. */
const words = template(...settingNames);

/** An id, which is also the last part of its page's address: lower-case words joined by hyphens. */
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lower-case letters, digits and hyphens, like new-to-ects");

/** A sentence of the guidance, with at most one link, placed where `{link}` stands in it. */
const sentenceSchema = z
  .strictObject({
    text: template(...settingNames, "link").meta({
      title: "Sentence",
      description:
        "The sentence. If it has a link, write {link} once, where the link goes. Other words in curly brackets, such as {leadProvider}, are filled in by the site from the settings.",
      multiline: true,
    }),
    /** A key of `content/links.json`. */
    link: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional()
      .meta({
        title: "Link",
        description:
          'A link to a page on another site, by its short name from the links, for example dfe-online-service. It shows the link\'s text, followed by "(to follow)" while its address is still to be supplied. Give a link or a page of this site, not both.',
      }),
    page: z
      .strictObject({
        path: z
          .string()
          .regex(/^\/([a-z0-9-]+\/)*$/, "a path of this site, like /register/school/")
          .meta({
            title: "Address",
            description:
              "The page's address without the site's name, starting and ending with /, for example /register/school/.",
          }),
        text: words.meta({
          title: "Link text",
          description: 'The words of the link, for example "register your school with {organisationName}".',
        }),
      })
      .optional()
      .meta({
        title: "Page of this site",
        description:
          "A link to a page of this site: its address and the link's words. Give a link or a page, not both.",
      }),
  })
  .superRefine((sentence, context) => {
    const links = Number(Boolean(sentence.link)) + Number(Boolean(sentence.page));
    const marks = sentence.text.split("{link}").length - 1;
    if (links > 1) context.addIssue({ code: "custom", message: "give either link or page, not both" });
    else if (marks !== links) {
      context.addIssue({
        code: "custom",
        path: ["text"],
        message: links ? "put {link} once in the text, where the link goes" : "{link} needs a link or a page",
      });
    }
  });

/** One answer of a question: what it says and where it leads. */
const answerSchema = z.strictObject({
  value: id.meta({
    title: "Stored value",
    description:
      "A short name for the answer in lower-case letters, digits and hyphens, for example new-to-ects. It is part of the address of the Change link on an outcome page.",
  }),
  label: words.meta({
    title: "Answer",
    description:
      'What the person reads beside the round button, for example "It is changing lead provider to {leadProvider}".',
  }),
  hint: words.optional().meta({
    title: "Hint",
    description: "Words under the answer, when the answer alone could be misread.",
  }),
  next: id.meta({
    title: "Leads to",
    description: "The short name of the question or the outcome that this answer leads to, for example registering.",
  }),
});

/** One question, asked on a page of its own: the question is the page's heading. */
const questionSchema = z.strictObject({
  /** The name of its answer, too. */
  id: id.meta({
    title: "Short name",
    description:
      "A short name for the question in lower-case letters, digits and hyphens, for example school. It ends the address of the question's page (/which-steps/question/school/), and answers lead to the question by it.",
  }),
  question: words.meta({
    title: "Question",
    description: 'The question, as the heading and title of its page, for example "Which describes your school?".',
  }),
  hint: words.optional().meta({
    title: "Hint",
    description: "Words under the question that help answer it.",
  }),
  error: words.meta({
    title: "Error message",
    description:
      'The message when Continue is pressed with no answer chosen, starting with "Select", for example "Select which describes your school".',
  }),
  answers: z.array(answerSchema).min(2).meta({
    title: "Answers",
    description: "The answers, as round buttons, in order: at least two.",
    itemLabel: "Answer",
  }),
});

/** An outcome: the page of steps for the schools whose answers lead to it (/which-steps/<id>/). */
const outcomeSchema = z.strictObject({
  id: id.meta({
    title: "Short name",
    description:
      "A short name for the outcome in lower-case letters, digits and hyphens, for example new-to-ects. It ends the address of its page (/which-steps/new-to-ects/), and answers lead to the outcome by it.",
  }),
  /** It is a search result too. */
  title: words.meta({
    title: "Title",
    description:
      'The heading and title of the outcome\'s page. Say which schools it is for, as it is also a search result, for example "Steps for a school changing lead provider to {leadProvider}".',
  }),
  description: words.meta({
    title: "Summary",
    description:
      "What the page is about, for search engines and the site's search: 20 to 200 characters once the words in curly brackets are filled in.",
    multiline: true,
  }),
  intro: words.meta({
    title: "Introduction",
    description: "The sentence above the steps.",
    multiline: true,
  }),
  steps: z.array(sentenceSchema).min(1).meta({
    title: "Steps",
    description: "What the school does, in order: sentences of the guidance, each with at most one link.",
    itemLabel: "Step",
  }),
  notNeeded: z.array(sentenceSchema).optional().meta({
    title: "Not needed",
    description: "What the school does not need to do, from the guidance: sentences, each with at most one link.",
    itemLabel: "Sentence",
  }),
});

/** The whole flow. A top-level object (not a list), which the content editor can edit. */
export const whichStepsSchema = z
  .strictObject({
    title: words.meta({
      title: "Title",
      description:
        "The flow's name, shown in the trail of links above the heading of each outcome's page, for example \"Which steps apply to my school?\".",
    }),
    description: words.meta({
      title: "Summary",
      description:
        "What the question pages are about, for search engines: 20 to 200 characters once the words in curly brackets are filled in.",
      multiline: true,
    }),
    reviewed: z.iso.date().meta({
      title: "Last reviewed",
      description:
        "The date the flow was last checked against the guidance and its source, as year-month-day, for example 2026-11-28. Every page of the flow shows it.",
    }),
    start: id.meta({
      title: "First question",
      description: "The short name of the first question, the one asked at /which-steps/, for example school.",
    }),
    words: z
      .strictObject({
        continue: words.meta({
          title: "Continue button",
          description: 'The button under each question, for example "Continue".',
        }),
        back: words.meta({
          title: "Back link",
          description: 'The link back to the previous question, for example "Back".',
        }),
        stepsHeading: words.meta({
          title: "Steps heading",
          description: 'The heading above an outcome\'s steps, for example "What to do".',
        }),
        notNeededHeading: words.meta({
          title: "Not needed heading",
          description:
            'The heading above what the school does not need to do, for example "What you do not need to do".',
        }),
        answersHeading: words.meta({
          title: "Answers heading",
          description:
            'The heading above the summary of the answers on an outcome\'s page, for example "Your answers".',
        }),
        change: words.meta({
          title: "Change link",
          description: 'The link beside each answer in that summary that goes back to change it, for example "Change".',
        }),
        changeHidden: template("question").meta({
          title: "Change link, for screen readers",
          description:
            'Read by screen readers after "Change", to say which answer it changes, for example "your answer to “{question}”", where {question} is filled in by the site with the question. It is not shown on screen.',
        }),
        startAgain: words.meta({
          title: "Start again link",
          description: 'The link from an outcome\'s page to the first question, for example "Start again".',
        }),
        notFound: words.meta({
          title: "No such question",
          description: "Shown for an address under /which-steps/question/ where there is no question.",
          multiline: true,
        }),
      })
      .meta({
        title: "Words of the pages",
        description: "The buttons, links and headings of the flow's pages.",
      }),
    help: sentenceSchema.meta({
      title: "Where to get help",
      description: "The sentence under every outcome on where to get help, with at most one link.",
    }),
    questions: z.array(questionSchema).min(1).meta({
      title: "Questions",
      description: "The questions, each asked on a page of its own.",
      itemLabel: "Question",
    }),
    outcomes: z.array(outcomeSchema).min(1).meta({
      title: "Outcomes",
      description: "The outcomes: each is the page of steps for the schools whose answers lead to it.",
      itemLabel: "Outcome",
    }),
  })
  .meta({
    title: "Which steps apply to my school?",
    description:
      "The short question flow that tells a school which steps of the guidance apply to it: its questions, where each answer leads, and the outcomes with their steps. Words in curly brackets, such as {leadProvider}, are filled in by the site from the settings. Publishing checks that every answer leads somewhere and every outcome is reached.",
  });

/** The flow, as the pages and the function read it. */
export type WhichSteps = z.infer<typeof whichStepsSchema>;
export type Question = WhichSteps["questions"][number];
export type Answer = Question["answers"][number];
export type Outcome = WhichSteps["outcomes"][number];
export type Sentence = Outcome["steps"][number];
