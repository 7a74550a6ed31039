import { ISLAND_STYLES } from "astro/runtime/server/astro-island-styles.js";

/**
 * The style element Astro writes before a page's first island, built from Astro's own constant so that a change
 * to its rule is followed here (a change to how Astro writes the element would leave it in the body, which the
 * HTML check in tests/html reports).
 */
export const ISLAND_STYLE = `<style>${ISLAND_STYLES}</style>`;

/**
 * The page with Astro's island style (`astro-island{display:contents}`) moved from the body to the end of the
 * head. Astro writes it into the body just before the first island and has no option to write it elsewhere or
 * not at all (astro/dist/runtime/server/scripts.js; withastro/astro#10308). The HTML standard allows a style
 * element only in the head; the W3C checker accepts one in the body only as its parent's first child, so a
 * wrapper element around the island would pass the checker but not the standard, and would fail again as soon
 * as anything came before the island. Moved unchanged, the text keeps the hash that Astro's `security.csp`
 * lists for it, and in the head the rule is in place before any island is parsed. A page with no island, or
 * with the style already in its head, is returned as it is.
 */
export function moveIslandStyleToHead(html: string): string {
  const headEnd = html.indexOf("</head>");
  if (headEnd < 0) return html;
  const style = html.indexOf(ISLAND_STYLE, headEnd);
  if (style < 0) return html;
  const withoutStyle = html.slice(0, style) + html.slice(style + ISLAND_STYLE.length);
  return withoutStyle.slice(0, headEnd) + ISLAND_STYLE + withoutStyle.slice(headEnd);
}
