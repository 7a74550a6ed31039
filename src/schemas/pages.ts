import { z } from "astro/zod";

/** Fields every page of content carries. */
export const pageFields = {
  /** The page's h1 and the start of its <title>. */
  title: z.string().min(1),
  /** The meta and Open Graph description: one or two sentences, at most 200 characters. */
  description: z.string().min(20).max(200),
  /** When the alliance last checked the page against its sources (YYYY-MM-DD). */
  reviewed: z.coerce.date(),
};

/** A task the home page offers as a way in. */
const taskSchema = z.strictObject({
  title: z.string().min(1),
  href: z.string().startsWith("/"),
  description: z.string().min(1),
});

/** A standalone page (`content/pages/*.mdx`): home, resources, contact and the rest. */
export const pageSchema = z.strictObject({
  ...pageFields,
  /** The home page's main tasks. */
  tasks: z.array(taskSchema).optional(),
});

/** A guidance page (`content/guidance/*.mdx`). */
export const guidanceSchema = z.strictObject({
  ...pageFields,
  /** Position in the guidance list and navigation. */
  order: z.number().int().positive(),
});

/** One step of the intake timeline (`content/timeline.json`). */
export const timelineStepSchema = z.strictObject({
  /** Stable id, used in anchors and references. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The step's number, shown to the reader; steps render in this order. */
  step: z.number().int().positive(),
  /** Who acts at this step. */
  who: z.string().min(1),
  /** What they do. */
  what: z.string().min(1),
  /** When it happens, in words. */
  when: z.string().min(1),
});

/** A topic that groups FAQ questions (`content/faq-topics.json`). */
export const faqTopicSchema = z.strictObject({
  /** Stable id, used in anchors and references. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  order: z.number().int().positive(),
});

/** One link of the header navigation (`content/navigation.json`), in order. */
export const navigationItemSchema = z.strictObject({
  /** Stable id, used in anchors and references. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  href: z.string().startsWith("/"),
});

/**
 * The three list files hold their list under `items`: a file that is a bare list cannot be edited in the content
 * editor (decap-cms#531). The collections read `items` (src/content.config.ts).
 */
const listFile = <T extends z.ZodType>(item: T) => z.strictObject({ items: z.array(item).min(1) });

/** `content/faq-topics.json`. */
export const faqTopicsFileSchema = listFile(faqTopicSchema);
/** `content/timeline.json`. */
export const timelineFileSchema = listFile(timelineStepSchema);
/** `content/navigation.json`. */
export const navigationFileSchema = listFile(navigationItemSchema);
