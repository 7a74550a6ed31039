import raw from "../../content/training-groups.json" with { type: "json" };
import type { TrainingGroups } from "../schemas/training-groups.ts";

/** The local training groups, checked at build (src/integrations/content-check.ts) and read here as plain JSON. */
export const trainingGroups: readonly string[] = (raw as TrainingGroups).groups;
