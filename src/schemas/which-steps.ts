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
    /** The sentence; `{link}` marks where its link goes. */
    text: template(...settingNames, "link"),
    /** The link: a key of `content/links.json`, shown by its title (or "(to follow)" while its address is null). */
    link: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional(),
    /** Or a page of this site: its path (like /register/school/) and the link's words. */
    page: z
      .strictObject({
        path: z.string().regex(/^\/([a-z0-9-]+\/)*$/, "a path of this site, like /register/school/"),
        text: words,
      })
      .optional(),
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
  /** What is sent when it is chosen, and shown in the address of a Change link. */
  value: id,
  /** What the user reads beside the radio. */
  label: words,
  /** Words under the label, when the label alone could be misread. */
  hint: words.optional(),
  /** The id of the question or outcome it leads to. */
  next: id,
});

/** One question, asked on a page of its own: the question is the page's heading. */
const questionSchema = z.strictObject({
  /** The question's id: the name of its answer, and its page's address (/which-steps/question/<id>/). */
  id,
  /** The question, as the page's heading and title. */
  question: words,
  /** Words under the question that help answer it. */
  hint: words.optional(),
  /** The message when Continue is pressed with no answer chosen, GOV.UK style: "Select …". */
  error: words,
  /** The answers, as radios, in order: at least two. */
  answers: z.array(answerSchema).min(2),
});

/** An outcome: the page of steps for the schools whose answers lead to it (/which-steps/<id>/). */
const outcomeSchema = z.strictObject({
  id,
  /** The page's heading and title: says which schools it is for, as it is a search result too. */
  title: words,
  /** The meta description (at most 200 characters once the settings are filled in). */
  description: words,
  /** The sentence above the steps. */
  intro: words,
  /** What the school does, in order: sentences of the guidance. */
  steps: z.array(sentenceSchema).min(1),
  /** What the school does not need to do, from the guidance. */
  notNeeded: z.array(sentenceSchema).optional(),
});

/** The whole flow. A top-level object (not a list), which the content editor can edit. */
export const whichStepsSchema = z.strictObject({
  /** The flow's name: the outcomes' breadcrumb and the home page's way in. */
  title: words,
  /** The question pages' meta description. */
  description: words,
  /** When the flow was last checked against the guidance and its source (YYYY-MM-DD): shown on every page of it. */
  reviewed: z.iso.date(),
  /** The id of the first question, asked at /which-steps/. */
  start: id,
  /** The words of the flow's pages. */
  words: z.strictObject({
    /** The button under each question. */
    continue: words,
    /** The link back to the previous question. */
    back: words,
    /** Above the outcome's steps, and above what the school does not need to do. */
    stepsHeading: words,
    notNeededHeading: words,
    /** Above the summary of the answers on an outcome page, and each answer's link to change it. */
    answersHeading: words,
    change: words,
    /** After "Change", for screen readers: which answer it changes. */
    changeHidden: template("question"),
    /** The link from an outcome to the first question. */
    startAgain: words,
    /** For an address under /which-steps/question/ that is no question. */
    notFound: words,
  }),
  /** The sentence under every outcome on where to get help. */
  help: sentenceSchema,
  questions: z.array(questionSchema).min(1),
  outcomes: z.array(outcomeSchema).min(1),
});

/** The flow, as the pages and the function read it. */
export type WhichSteps = z.infer<typeof whichStepsSchema>;
export type Question = WhichSteps["questions"][number];
export type Answer = Question["answers"][number];
export type Outcome = WhichSteps["outcomes"][number];
export type Sentence = Outcome["steps"][number];
