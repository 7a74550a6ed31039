import links from "../../content/links.json" with { type: "json" };
import { z } from "astro/zod";
import { linkSchema } from "../schemas/links.ts";
import { welcomePack } from "./content-data.ts";
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

/** Every setting, link and welcome-pack date left `null`: the go-live list, in file order. */
export function findUnset(
  settingValues: Record<string, unknown> = settings,
  linkValues: unknown = links,
  conferenceDate: string | null = welcomePack.inductionConference.date,
): UnsetItem[] {
  const unsetSettings = Object.entries(settingValues)
    .filter(([, value]) => value === null)
    .map(([key]) => ({ file: "content/settings.json", key, label: `setting "${key}"` }));
  const unsetLinks = Object.entries(linksSchema.parse(linkValues))
    .filter(([, link]) => link.url === null)
    .map(([key, link]) => ({ file: "content/links.json", key, label: `address of "${link.title}"` }));
  const unsetDates =
    conferenceDate === null
      ? [
          {
            file: "content/welcome-pack.json",
            key: "inductionConference.date",
            label: "date of the Induction Conference",
          },
        ]
      : [];
  return [...unsetSettings, ...unsetLinks, ...unsetDates];
}
