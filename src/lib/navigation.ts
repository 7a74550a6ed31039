import raw from "../../content/navigation.json" with { type: "json" };
import { z } from "astro/zod";
import { navigationItemSchema } from "../schemas/pages.ts";

/** The header navigation, in the order `content/navigation.json` lists it. */
export const navigation = z.array(navigationItemSchema).parse(raw);
