import raw from "../../content/navigation.json" with { type: "json" };
import { navigationFileSchema } from "../schemas/pages.ts";

/** The header navigation, in the order `content/navigation.json` lists it. */
export const navigation = navigationFileSchema.parse(raw).items;
