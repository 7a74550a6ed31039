import { z } from "astro/zod";
import { unset } from "./unset.ts";

/** One external link (`content/links.json`), referenced from content by its key. */
export const linkSchema = z.strictObject({
  /** The link text, as the source page words it. */
  title: z.string().min(1),
  /** The official https address; `null` until it is confirmed from a published page. */
  url: unset(z.url({ protocol: /^https$/ })),
  /** Who publishes the page. */
  owner: z.enum(["DfE", "BPN", "BTSA"]),
  /** One sentence on what the reader finds there. */
  description: z.string().min(1),
});

/** An external link as the site renders it. */
export type Link = z.infer<typeof linkSchema>;
