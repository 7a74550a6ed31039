import raw from "../../content/interface/forms.json" with { type: "json" };
import type { FormWords } from "../schemas/interface.ts";

/** The words all forms share, checked by the build (src/integrations/content-check.ts). */
export const formWords = raw as FormWords;
