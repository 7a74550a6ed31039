import { reference } from "astro:content";
import { z } from "astro/zod";

/** One question and answer (`content/faq/*.mdx`; the answer is the body). */
export const faqSchema = z.strictObject({
  /** The question, in the words a school would use. */
  question: z.string().min(5).endsWith("?"),
  /** The topic it is grouped under: an id from `content/faq-topics.json`. */
  topic: reference("faqTopics"),
  /** Position within its topic. */
  order: z.number().int().positive(),
  /** When the answer was last checked against its sources (YYYY-MM-DD). */
  reviewed: z.coerce.date(),
});
