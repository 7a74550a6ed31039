import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { faqSchema } from "./schemas/faq";
import { formContentSchema } from "./schemas/forms";
import { linkSchema } from "./schemas/links";
import { faqTopicSchema, guidanceSchema, pageSchema, timelineStepSchema } from "./schemas/pages";

const mdx = (folder: string) => glob({ pattern: "*.mdx", base: `./content/${folder}` });

export const collections = {
  pages: defineCollection({ loader: mdx("pages"), schema: pageSchema }),
  guidance: defineCollection({ loader: mdx("guidance"), schema: guidanceSchema }),
  faq: defineCollection({ loader: mdx("faq"), schema: faqSchema }),
  faqTopics: defineCollection({ loader: file("./content/faq-topics.json"), schema: faqTopicSchema }),
  // Checked here so that a mistake in a form's words fails the build, not the form.
  forms: defineCollection({ loader: glob({ pattern: "*.json", base: "./content/forms" }), schema: formContentSchema }),
  links: defineCollection({ loader: file("./content/links.json"), schema: linkSchema }),
  timeline: defineCollection({ loader: file("./content/timeline.json"), schema: timelineStepSchema }),
};
