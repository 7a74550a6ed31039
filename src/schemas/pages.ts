import { z } from "astro/zod";

/** Fields every page of content carries. */
export const pageFields = {
  /** The start of the page's <title>, too. */
  title: z.string().min(1).meta({
    title: "Title",
    description:
      'The page\'s main heading, also shown in the browser tab and in search results, for example "Things to note".',
  }),
  /** The meta and Open Graph description. */
  description: z.string().min(20).max(200).meta({
    title: "Summary",
    description:
      "What the page is about, in one or two sentences of 20 to 200 characters. Search engines show it under the page's title, and so do links to the page shared elsewhere.",
    multiline: true,
  }),
  reviewed: z.coerce.date().meta({
    title: "Last reviewed",
    description:
      "The date the alliance last checked the page against its sources, for example 2026-11-28. The page shows it at the bottom.",
  }),
};

/** A stable id in lower-case letters, digits and hyphens, which anchors and references use; `description` says where. */
const shortName = (description: string) =>
  z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .meta({ title: "Short name", description });

/** A task the home page offers as a way in. */
const taskSchema = z.strictObject({
  title: z.string().min(1).meta({
    title: "Title",
    description: 'The task\'s heading, as a link, for example "Register your ECTs and mentors".',
  }),
  href: z.string().startsWith("/").meta({
    title: "Link to",
    description:
      "The page of this site that the task leads to: its address without the site's name, starting with /, for example /guidance/register-ects-and-mentors/.",
  }),
  description: z.string().min(1).meta({
    title: "Description",
    description: "One sentence under the heading on what the reader can do there.",
    multiline: true,
  }),
});

/** A standalone page (`content/pages/*.mdx`): home, resources, contact and the rest. */
export const pageSchema = z
  .strictObject({
    ...pageFields,
    tasks: z.array(taskSchema).optional().meta({
      title: "Tasks",
      description:
        'The home page\'s main ways in, in order, under the heading "What do you need to do?". Only the home page has them.',
      itemLabel: "Task",
    }),
  })
  .meta({
    title: "Page",
    description:
      "A page of the site outside the guidance and the FAQ, such as the home page, resources, contact or the privacy notice: its title, summary and review date. The page's words follow in its body.",
  });

/** A guidance page (`content/guidance/*.mdx`). */
export const guidanceSchema = z
  .strictObject({
    ...pageFields,
    order: z.number().int().positive().meta({
      title: "Position",
      description:
        "The page's place in the guidance: in the list of guidance pages and in the Previous and Next links between them. A whole number; 1 comes first.",
    }),
  })
  .meta({
    title: "Guidance page",
    description:
      'A page of the guidance, such as "Things to note" or the timeline: its title, summary, position and review date. The page\'s words follow in its body.',
  });

/** One step of the intake timeline (`content/timeline.json`). */
export const timelineStepSchema = z.strictObject({
  /** Used in anchors and references. */
  id: shortName(
    "A short name for the step in lower-case letters, digits and hyphens, for example follow-on-form. It is not shown, but links to the step use it, so keep it when you reword the step.",
  ),
  step: z.number().int().positive().meta({
    title: "Step number",
    description: 'The step\'s number, shown before who acts ("Step 3:"). Steps are shown in this order.',
  }),
  who: z.string().min(1).meta({
    title: "Who",
    description:
      'Who acts at this step, shown as the step\'s heading, for example "Induction tutor or ECF coordinator".',
  }),
  what: z.string().min(1).meta({
    title: "What",
    description:
      'What they do, in a sentence, for example "Sends the information to the school\'s chosen lead provider."',
    multiline: true,
  }),
  when: z.string().min(1).meta({
    title: "When",
    description:
      'When it happens, in words, shown after "When:", for example "After the school has input the details".',
  }),
});

/** A topic that groups FAQ questions (`content/faq-topics.json`). */
export const faqTopicSchema = z.strictObject({
  /** Used in anchors and in the questions' `topic`. */
  id: shortName(
    "A short name for the topic in lower-case letters, digits and hyphens, for example after-registration. Each question names its topic by it, and links to the topic on the FAQ page use it, so keep it when you reword the topic.",
  ),
  title: z.string().min(1).meta({
    title: "Title",
    description: 'The topic\'s heading on the FAQ page, for example "After registration".',
  }),
  order: z.number().int().positive().meta({
    title: "Position",
    description: "The topic's place on the FAQ page. A whole number; 1 comes first.",
  }),
});

/** One link of the header navigation (`content/navigation.json`), in order. */
export const navigationItemSchema = z.strictObject({
  id: shortName(
    "A short name for the link in lower-case letters, digits and hyphens, for example register. It is not shown.",
  ),
  label: z.string().min(1).meta({
    title: "Link text",
    description: 'The words of the link in the menu at the top of every page, for example "Register a school".',
  }),
  href: z.string().startsWith("/").meta({
    title: "Link to",
    description:
      "The page of this site that the link leads to: its address without the site's name, starting with /, for example /register/school/.",
  }),
});

/**
 * The three list files hold their list under `items`: a file that is a bare list cannot be edited in the content
 * editor (decap-cms#531). The collections read `items` (src/content.config.ts).
 */
const listFile = <T extends z.ZodType>(item: T, items: z.GlobalMeta) =>
  z.strictObject({ items: z.array(item).min(1).meta(items) });

/** `content/faq-topics.json`. */
export const faqTopicsFileSchema = listFile(faqTopicSchema, {
  title: "Topics",
  description: "The topics, each with its heading and position.",
  itemLabel: "Topic",
}).meta({
  title: "FAQ topics",
  description:
    "The topics that group the frequently asked questions on the FAQ page. Each question names the topic it belongs to.",
});
/** `content/timeline.json`. */
export const timelineFileSchema = listFile(timelineStepSchema, {
  title: "Steps",
  description: "The steps, each with who acts, what they do and when.",
  itemLabel: "Step",
}).meta({
  title: "Timeline",
  description: "The steps of the intake timeline, shown on the guidance's timeline page: who does what, and when.",
});
/** `content/navigation.json`. */
export const navigationFileSchema = listFile(navigationItemSchema, {
  title: "Links",
  description: "The links, in the order the menu shows them.",
  itemLabel: "Link",
}).meta({
  title: "Navigation",
  description: "The links of the menu at the top of every page, in order.",
});
