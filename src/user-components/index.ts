import ContactDetails from "./ContactDetails.astro";
import ExternalLink from "./ExternalLink.astro";
import LinkList from "./LinkList.astro";
import Setting from "./Setting.astro";
import Timeline from "./Timeline.astro";

/** The components content authors may use in any MDX file without importing them. */
export const userComponents = { ContactDetails, ExternalLink, LinkList, Setting, Timeline };
