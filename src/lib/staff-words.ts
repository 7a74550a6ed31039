import raw from "../../content/interface/staff.json" with { type: "json" };
import type { StaffWords } from "../schemas/interface.ts";

/** The staff tools' words, checked by the build (src/integrations/content-check.ts). */
export const staffWords = raw as StaffWords;
