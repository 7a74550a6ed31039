/** The WCAG 2.0, 2.1 and 2.2 A and AA rules, as axe tags them. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
