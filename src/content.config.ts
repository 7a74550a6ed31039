import { defineCollection, reference } from "astro:content";
import { file, glob } from "astro/loaders";
import { faqSchema } from "./schemas/faq";
import { formContentSchema } from "./schemas/forms";
import { linkSchema } from "./schemas/links";
import { faqTopicSchema, guidanceSchema, pageSchema, timelineStepSchema } from "./schemas/pages";

const mdx = (folder: string) => glob({ pattern: "*.mdx", base: `./content/${folder}` });
/** A list file: its entries are under `items` (src/schemas/pages.ts says why). */
const listFile = (path: string) =>
  file(path, { parser: (text) => (JSON.parse(text) as { items: unknown }).items as never });

export const collections = {
  pages: defineCollection({ loader: mdx("pages"), schema: pageSchema }),
  guidance: defineCollection({ loader: mdx("guidance"), schema: guidanceSchema }),
  faq: defineCollection({ loader: mdx("faq"), schema: faqSchema.extend({ topic: reference("faqTopics") }) }),
  faqTopics: defineCollection({ loader: listFile("./content/faq-topics.json"), schema: faqTopicSchema }),
  // Checked here so that a mistake in a form's words fails the build, not the form.
  forms: defineCollection({ loader: glob({ pattern: "*.json", base: "./content/forms" }), schema: formContentSchema }),
  links: defineCollection({ loader: file("./content/links.json"), schema: linkSchema }),
  timeline: defineCollection({ loader: listFile("./content/timeline.json"), schema: timelineStepSchema }),
};
