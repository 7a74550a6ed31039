import type { AstroIntegration } from "astro";
import { cp, rm, writeFile } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { close, createIndex } from "pagefind";
import { SEARCH_INDEX_FOLDER, SHIPPED_SEARCH_INDEX_DIR } from "../lib/forms/shipped-pages.ts";

/**
 * After the build, indexes the built site with Pagefind (its npm package's Node API, as `pagefind --site dist`
 * would): the index goes to dist/pagefind/, replacing any old one, so a stale index never survives; each page's
 * `<main data-pagefind-body>` is indexed (BaseLayout). Then copies what searching needs, without Pagefind's UI files,
 * beside the pages the functions read, for the search function (functions/lib/search-page.ts). Runs after
 * shipped-pages, which empties that folder first.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: "search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const output = join(site, SEARCH_INDEX_FOLDER);
        await rm(output, { recursive: true, force: true });
        try {
          const { index, errors } = await createIndex();
          if (!index) throw new Error(errors.join("; "));
          const added = await index.addDirectory({ path: site });
          const written = await index.writeFiles({ outputPath: output });
          const problems = [...errors, ...added.errors, ...written.errors];
          if (problems.length > 0) throw new Error(problems.join("; "));
          logger.info(`Pagefind indexed ${added.page_count} pages into ${relative(process.cwd(), output)}/`);
        } finally {
          await close(); // Pagefind indexes in a process of its own, which would keep the build running
        }

        await rm(SHIPPED_SEARCH_INDEX_DIR, { recursive: true, force: true });
        await cp(output, SHIPPED_SEARCH_INDEX_DIR, {
          recursive: true,
          filter: (file) => neededToSearch(basename(file)),
        });
        // Pagefind's runtime is an ES module; said so here, Node loads it as one wherever the folder lies.
        await writeFile(join(SHIPPED_SEARCH_INDEX_DIR, "package.json"), '{ "type": "module" }\n');
        logger.info(
          `Search index copied to ${SHIPPED_SEARCH_INDEX_DIR}/ for the search function (${Math.round(performance.now() - started)} ms in all)`,
        );
      },
    },
  };
}

/**
 * What Pagefind's runtime reads to search, by name: its script and entry, each language's metadata and WebAssembly,
 * and the index, fragment and filter chunks (and their folders). Not its UI, highlighting or worker scripts.
 */
const neededToSearch = (name: string) =>
  name === SEARCH_INDEX_FOLDER ||
  ["index", "fragment", "filter", "pagefind.js", "pagefind-entry.json"].includes(name) ||
  /\.(pf_meta|pf_index|pf_fragment|pf_filter)$|^wasm\..+\.pagefind$/.test(name);
