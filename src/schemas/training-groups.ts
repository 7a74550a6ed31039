import { z } from "astro/zod";

/**
 * The local training groups ECTs and mentors are allocated to (`content/training-groups.json`): staff pick one
 * for each participant. Empty until the alliance supplies them (the go-live list asks for them).
 */
export const trainingGroupsSchema = z
  .strictObject({
    groups: z
      .array(z.string().trim().min(1).max(80))
      .refine((names) => new Set(names).size === names.length, {
        message: "each group name must appear once",
      })
      .meta({
        title: "Groups",
        description:
          'Each group\'s name as staff and participants know it, up to 80 characters, for example "Basildon primary, Tuesday". Each name can appear once.',
        itemLabel: "Group",
      }),
  })
  .meta({
    title: "Training groups",
    description:
      "The local training groups that ECTs and mentors are allocated to. In the staff area, staff pick one of these groups for each ECT or mentor who registers.",
  });

export type TrainingGroups = z.infer<typeof trainingGroupsSchema>;
