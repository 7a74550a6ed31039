import { z } from "astro/zod";
import { unset } from "./unset.ts";

/** One external link (`content/links.json`), referenced from content by its key. */
export const linkSchema = z
  .strictObject({
    title: z.string().min(1).meta({
      title: "Link text",
      description:
        'The words of the link, as the source page words them, for example "DfE Online Service". Pages, emails and the glossary show them wherever the link is used.',
    }),
    /** `null` until the address is confirmed from a published page. */
    url: unset(z.url({ protocol: /^https$/ })).meta({
      title: "Link address",
      description:
        "The address of the page, starting with https://, copied from the browser's address bar, for example https://www.gov.uk/guidance/teacher-reference-number-trn.",
    }),
    owner: z.enum(["DfE", "BPN", "BTSA"]).meta({
      title: "Published by",
      description:
        "Who publishes the page: DfE (the Department for Education), BPN (Best Practice Network) or BTSA (the alliance itself).",
    }),
    description: z.string().min(1).meta({
      title: "Description",
      description:
        'One sentence on what the reader finds there, shown under the link on the resources page and when the pointer rests on the link, for example "GOV.UK guidance on what a teacher reference number is and how teachers can find theirs."',
      multiline: true,
    }),
  })
  .meta({
    title: "Link",
    description:
      "A link to a page on another site. Pages, emails, the glossary and the question flow use it by its name, such as dfe-online-service, so its address is kept in this one place.",
  });

/** An external link as the site renders it. */
export type Link = z.infer<typeof linkSchema>;
