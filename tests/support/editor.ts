/**
 * The content editor, as the browser tests drive it: each test gets its own scratch copy of the project and its own
 * editor (`npm run edit`'s server, on free ports of 127.0.0.1) serving the built `dist/admin/`, and both are removed
 * when the test ends, whatever happened.
 */
import { test as base, expect, type Page } from "@playwright/test";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { startEditor } from "../../scripts/editor/edit-server.ts";
import { scratchCopy } from "../../scripts/editor/scratch-copy.ts";

/** Every file under `content/` of `root`, by its path from `root`, with its text. */
export function contentFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(root, path), readFileSync(path, "utf8"));
    }
  };
  walk(join(root, "content"));
  return files;
}

/**
 * What changed between two versions of the content: each changed file with the lines that differ, between the lines
 * both versions start and end with (one edit in a file is then exactly its lines before and after).
 */
export function changes(before: Map<string, string>, after: Map<string, string>) {
  const changed: Record<string, { removed: string[]; added: string[] }> = {};
  for (const path of new Set([...before.keys(), ...after.keys()])) {
    const [old, now] = [before.get(path) ?? "", after.get(path) ?? ""];
    if (old === now) continue;
    const [oldLines, newLines] = [old.split("\n"), now.split("\n")];
    let start = 0;
    while (start < Math.min(oldLines.length, newLines.length) && oldLines[start] === newLines[start]) start++;
    let end = 0;
    while (
      end < Math.min(oldLines.length, newLines.length) - start &&
      oldLines[oldLines.length - 1 - end] === newLines[newLines.length - 1 - end]
    )
      end++;
    changed[path] = {
      removed: oldLines.slice(start, oldLines.length - end),
      added: newLines.slice(start, newLines.length - end),
    };
  }
  return changed;
}

/** Builds the copy as Netlify would (`npm run build`); resolves to the build's output when it fails. */
export function buildCopy(root: string): { ok: boolean; output: string } {
  const result = spawnSync("npm", ["run", "build"], { cwd: root, encoding: "utf8", env: { ...process.env } });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}

/** Opens the editor and signs in to the local backend (no account: a button). */
export async function signIn(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole("button", { name: "Login" }).click();
}

/** Publishes the open entry ("Publish", then "Publish now"), and waits until Decap says it is saved. */
export async function publish(page: Page) {
  await page.getByRole("button", { name: "Publish" }).click();
  await page.getByText("Publish now").click();
}

export const test = base.extend<{ copy: string; editorUrl: string }>({
  // eslint-disable-next-line no-empty-pattern
  copy: async ({}, use) => {
    const root = scratchCopy(process.cwd(), "btsa-editor-test-");
    try {
      await use(root);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  },
  editorUrl: async ({ copy }, use) => {
    const editor = await startEditor({ repository: copy, site: "dist" });
    try {
      await use(editor.url);
    } finally {
      await editor.stop();
    }
  },
});

export { expect };
