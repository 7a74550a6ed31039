import ContactDetails from "./ContactDetails.astro";
import ExternalLink from "./ExternalLink.astro";
import LinkList from "./LinkList.astro";
import Setting from "./Setting.astro";
import Timeline from "./Timeline.astro";
import type { UserComponentName } from "./names.ts";

/** The components content authors may use in any MDX file without importing them (their names: names.ts). */
export const userComponents = { ContactDetails, ExternalLink, LinkList, Setting, Timeline } satisfies Record<
  UserComponentName,
  unknown
>;
