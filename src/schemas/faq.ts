import { z } from "astro/zod";

/**
 * One question and answer (`content/faq/*.mdx`; the answer is the body). Plain Zod, so that the content editor's
 * configuration can be generated from it outside Astro; the collection (src/content.config.ts) makes `topic` a
 * reference, so that the build refuses a topic that is not in `content/faq-topics.json`.
 */
export const faqSchema = z.strictObject({
  /** The question, in the words a school would use. */
  question: z.string().min(5).endsWith("?"),
  /** The topic it is grouped under: an id from `content/faq-topics.json`. */
  topic: z.string().regex(/^[a-z0-9-]+$/),
  /** Position within its topic. */
  order: z.number().int().positive(),
  /** When the answer was last checked against its sources (YYYY-MM-DD). */
  reviewed: z.coerce.date(),
});
