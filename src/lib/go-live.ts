import links from "../../content/links.json" with { type: "json" };
import { trainingGroups } from "./training-groups.ts";
import { z } from "astro/zod";
import { linkSchema } from "../schemas/links.ts";
import { isUnset } from "./blank.ts";
import { settings } from "./settings.ts";

/** Something the alliance still has to supply before the site goes live. */
export interface UnsetItem {
  /** Where to fill it in. */
  file: string;
  /** The key within that file. */
  key: string;
  /** What it is, in words. */
  label: string;
}

const linksSchema = z.record(z.string(), linkSchema);

/**
 * Every setting and link left `null` (or empty, as the content editor saves a cleared field), and the training groups
 * while there are none: the go-live list, in file order.
 */
export function findUnset(
  settingValues: Record<string, unknown> = settings,
  linkValues: unknown = links,
  groups: readonly string[] = trainingGroups,
): UnsetItem[] {
  const unsetSettings = Object.entries(settingValues)
    .filter(([, value]) => isUnset(value))
    .map(([key]) => ({ file: "content/settings.json", key, label: `setting "${key}"` }));
  const unsetLinks = Object.entries(linksSchema.parse(linkValues))
    .filter(([, link]) => link.url === null)
    .map(([key, link]) => ({ file: "content/links.json", key, label: `address of "${link.title}"` }));
  const noGroups = groups.length
    ? []
    : [
        {
          file: "content/training-groups.json",
          key: "groups",
          label: "the local training groups ECTs and mentors join",
        },
      ];
  return [...unsetSettings, ...unsetLinks, ...noGroups];
}
