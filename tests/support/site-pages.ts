import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

const dist = "dist";

/**
 * The staff area's built page is only the frame the staff function fills (src/pages/staff/index.astro): what a
 * browser gets there is the function's, and tests/a11y/staff.spec.ts checks every state of it.
 */
const FILLED_BY_A_FUNCTION = new Set(["/staff/"]);

/** Every page of the built site as a URL path ("/", "/faq/", "/404.html"), sorted. Build first. */
export function builtPagePaths(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === "_astro" || entry.name === "pagefind" ? [] : walk(path);
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
