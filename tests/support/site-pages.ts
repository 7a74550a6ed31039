import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

const dist = "dist";

/**
 * The staff area's built page is only the frame the staff function fills (src/pages/staff/index.astro): what a
 * browser gets there is the function's, and tests/a11y/staff.spec.ts checks every state of it.
 */
const FILLED_BY_A_FUNCTION = new Set(["/staff/"]);

/**
 * The content editor's folder holds Decap CMS's page, not one of the site's: it is not in the sitemap or the search
 * index, and tests/e2e/editor.spec.ts drives it. Its interface is Decap's own, with known accessibility gaps
 * (decap-cms#1333) that the site's checks of its own pages would report against Decap.
 */
const NOT_THE_SITES = new Set(["admin", "_astro", "pagefind"]);

/** Every page of the built site as a URL path ("/", "/faq/", "/404.html"), sorted. Build first. */
export function builtPagePaths(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return NOT_THE_SITES.has(entry.name) ? [] : walk(path);
      return entry.name.endsWith(".html") ? [path] : [];
    });
  const paths = walk(dist)
    .map((file) => "/" + relative(dist, file).replace(/index\.html$/, ""))
    .filter((path) => !FILLED_BY_A_FUNCTION.has(path));
  if (paths.length === 0) throw new Error("No built pages in dist/: run `npm run build` first.");
  return paths.sort();
}

/** The built pages that are content (guidance, FAQ, resources...), not forms or search. */
export function contentPagePaths(): string[] {
  return builtPagePaths().filter((path) => !/^\/(register|search|contact)\/$|^\/register\/|^\/search\//.test(path));
}
