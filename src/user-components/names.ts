/**
 * The names of the components content authors may use in any MDX body without importing them: index.ts provides
 * them, and its type keeps the two lists alike. The build's check of the bodies (src/lib/body-references.ts) reads
 * the names from here, as it runs before anything can load a component.
 */
export const userComponentNames = ["ContactDetails", "ExternalLink", "LinkList", "Setting", "Timeline"] as const;

/** A component every MDX body may use. */
export type UserComponentName = (typeof userComponentNames)[number];

/** The components one page's body may use besides, which the page that renders it provides. */
export const pageComponentNames: Readonly<Record<string, readonly string[]>> = {
  // src/pages/search.astro: the words shown when a search finds nothing.
  "content/pages/search.mdx": ["SearchNoResultsHelp"],
};
