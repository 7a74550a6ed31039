import type { AstroIntegration } from "astro";
import { copyFile, mkdir, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { pagesFunctionsRead } from "../lib/forms/all-forms.ts";
import { SHIPPED_PAGES_DIR, shippedPageFile } from "../lib/forms/shipped-pages.ts";

/**
 * After the build, copies the pages the functions read (derived from the form definitions) into the folder
 * netlify.toml ships with the functions. A form whose page was not built fails the build here, not in
 * production.
 */
export function shippedPages(): AstroIntegration {
  return {
    name: "shipped-pages",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        await rm(SHIPPED_PAGES_DIR, { recursive: true, force: true });
        for (const path of pagesFunctionsRead) {
          const target = shippedPageFile(path);
          await mkdir(dirname(target), { recursive: true });
          await copyFile(join(dist, path, "index.html"), target).catch((error: Error) => {
            throw new Error(`The functions read ${path}, but the build made no such page: ${error.message}`);
          });
        }
        logger.info(`${pagesFunctionsRead.length} pages copied to ${SHIPPED_PAGES_DIR}/ for the functions`);
      },
    },
  };
}
