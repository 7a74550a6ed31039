/**
 * The content editor at `/admin/`, written at the end of the build: its page, its configuration (generated from the
 * content schemas, src/lib/editor/config.ts), the script that starts it (src/lib/editor/admin-start.ts, bundled
 * here) and Decap CMS's own files, copied from node_modules so that nothing loads from a CDN. It runs after the search index is built and is not an Astro page, so it is in neither the
 * search index nor the sitemap.
 */
import type { AstroIntegration } from "astro";
import { buildSync } from "esbuild";
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { adminPage, EDITOR_PATH } from "../lib/editor/admin-page.ts";
import { editorConfig } from "../lib/editor/config.ts";
import { githubBackend, githubRepository } from "../lib/editor/backend.ts";
import { settings } from "../lib/settings.ts";

/** Decap's browser bundle: the main script, the chunks it loads on demand, and their WebAssembly. */
const decapFolder = () => dirname(createRequire(import.meta.url).resolve("decap-cms/dist/decap-cms.js"));
const isDecapFile = (name: string) => /^([0-9]+\.)?decap-cms\.js$|\.wasm$|^decap-cms\.js\.LICENSE\.txt$/.test(name);

/** Writes the editor's files into `folder`. */
export function writeEditor(folder: string): number {
  mkdirSync(folder, { recursive: true });
  const files = readdirSync(decapFolder()).filter(isDecapFile);
  for (const name of files) copyFileSync(join(decapFolder(), name), join(folder, name));
  // The page's one script, which registers the site's JSON format before it starts Decap.
  buildSync({
    entryPoints: [fileURLToPath(new URL("../lib/editor/admin-start.ts", import.meta.url))],
    bundle: true,
    format: "esm",
    target: "es2022",
    outfile: join(folder, "start.js"),
    logLevel: "warning",
  });
  const repository = githubRepository(process.env.REPOSITORY_URL);
  writeFileSync(join(folder, "index.html"), adminPage({ organisationName: settings.organisationName, repository }));
  // JSON is YAML, which Decap reads; unindented, as nobody reads it but Decap (the source is the schemas).
  const config = editorConfig({ backend: githubBackend(repository, process.env.BRANCH ?? "main") });
  writeFileSync(join(folder, "config.yml"), JSON.stringify(config));
  return files.length;
}

export const editor = (): AstroIntegration => ({
  name: "editor",
  hooks: {
    "astro:build:done": ({ dir, logger }) => {
      const started = performance.now();
      const copied = writeEditor(join(fileURLToPath(dir), EDITOR_PATH));
      const took = Math.round(performance.now() - started);
      logger.info(`Content editor written to ${EDITOR_PATH} (${copied} files of Decap CMS; ${took} ms in all)`);
    },
  },
});
