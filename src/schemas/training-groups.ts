import { z } from "astro/zod";

/**
 * The local training groups ECTs and mentors are allocated to (`content/training-groups.json`): staff pick one
 * for each participant. Empty until the alliance supplies them (the go-live list asks for them).
 */
export const trainingGroupsSchema = z.strictObject({
  /** Each group's name, as staff and participants know it, e.g. "Basildon primary, Tuesday". */
  groups: z.array(z.string().trim().min(1).max(80)).refine((names) => new Set(names).size === names.length, {
    message: "each group name must appear once",
  }),
});

export type TrainingGroups = z.infer<typeof trainingGroupsSchema>;
