/**
 * A scratch copy of the project, to edit or build without touching the working tree: every file but Git's and
 * what builds and tests make, with node_modules linked entry by entry (a real folder, so that tools' caches in it,
 * such as Vite's, stay in the copy).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Made by Git, installs, builds and tests: never copied. */
const generated = new Set([
  ".git",
  "node_modules",
  "dist",
  "function-pages",
  ".astro",
  ".netlify",
  "test-results",
  "playwright-report",
]);

/** Copies `projectRoot` into a new folder under the system's temporary folder (named `prefix…`); returns its path. */
export function scratchCopy(projectRoot: string, prefix = "btsa-copy-"): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of readdirSync(projectRoot)) {
    if (!generated.has(entry)) cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
  }
  mkdirSync(join(root, "node_modules"));
  for (const entry of readdirSync(join(projectRoot, "node_modules"))) {
    if (entry === ".bin" || !entry.startsWith(".")) {
      symlinkSync(join(projectRoot, "node_modules", entry), join(root, "node_modules", entry));
    }
  }
  return root;
}
