import raw from "../../content/interface/site.json" with { type: "json" };
import type { SiteWords } from "../schemas/interface.ts";

/** The site's frame words, checked by the build (src/integrations/content-check.ts). */
export const siteWords = raw as SiteWords;
