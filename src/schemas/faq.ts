import { z } from "astro/zod";

/**
 * One question and answer (`content/faq/*.mdx`; the answer is the body). Plain Zod, so that the content editor's
 * configuration can be generated from it outside Astro; the collection (src/content.config.ts) makes `topic` a
 * reference, so that the build refuses a topic that is not in `content/faq-topics.json`.
 */
export const faqSchema = z
  .strictObject({
    question: z.string().min(5).endsWith("?").meta({
      title: "Question",
      description:
        'The question in the words a school would use, ending with a question mark, for example "Can induction tutors see ECT and mentor learning in Canvas?". It is the heading of the answer on the FAQ page and of the answer\'s own page.',
    }),
    /** An id from `content/faq-topics.json`. */
    topic: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .meta({
        title: "Topic",
        description:
          "The topic the question is listed under on the FAQ page: the short name of one of the FAQ topics, for example after-registration.",
      }),
    order: z.number().int().positive().meta({
      title: "Position",
      description: "The question's place within its topic. A whole number; 1 comes first.",
    }),
    reviewed: z.coerce.date().meta({
      title: "Last reviewed",
      description:
        "The date the answer was last checked against its sources, for example 2026-11-28. The answer's page shows it.",
    }),
  })
  .meta({
    title: "Question and answer",
    description:
      "One of the frequently asked questions: the question, its topic, its position and when it was last checked. The answer follows in its body.",
  });
