import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { shippedPageFile } from "../../src/lib/forms/shipped-pages.ts";

/**
 * The built pages and search index that ship with the functions (src/lib/forms/shipped-pages.ts), found where they
 * ship: on Netlify in the task root; locally, in the project. Nothing here loads a page library, so a function that
 * only fills a page in (the search) stays small.
 */

/** Where a file that ships with the functions lies, from its path under the project root ("function-pages/…"). */
export const shippedFile = (relative: string) => resolve(process.env.LAMBDA_TASK_ROOT ?? process.cwd(), relative);

const pages = new Map<string, Promise<string>>();

/**
 * A built page that ships with the functions, read from disk once per warm instance: it cannot change under a
 * running deploy.
 */
export function builtPage(path: string): Promise<string> {
  const file = shippedFile(shippedPageFile(path));
  let page = pages.get(file);
  if (!page) {
    page = readFile(file, "utf8");
    pages.set(file, page);
    page.catch(() => pages.delete(file)); // a missing page is looked for again next time
  }
  return page;
}
