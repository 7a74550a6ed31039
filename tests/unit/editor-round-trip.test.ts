/**
 * Every file in content/, opened in the content editor and saved unchanged, is byte for byte the same file. The
 * test runs Decap's own code along the path an entry takes in the editor (tests/support/decap.ts, `openEditor`).
 * Decap's raw markdown editor holds a body as its lines and joins them with "\n" on every change, so a body comes
 * back as it was too.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { editorConfig } from "../../src/lib/editor/config";
import { type Editor, openEditor } from "../support/decap";

/** Every file in content/, with its path from the project's root. */
function contentFiles(folder = "content"): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((item) => (item.isDirectory() ? contentFiles(join(folder, item.name)) : [join(folder, item.name)]))
    .sort();
}

let editor: Editor;

beforeAll(async () => {
  editor = await openEditor(editorConfig({ backend: { name: "git-gateway" } }));
}, 60_000);

describe("content opened in the editor and saved unchanged", () => {
  it.each(contentFiles())("%s is byte for byte the same", (path) => {
    const { saved, data } = editor.openAndSave(path);
    expect(Object.keys(data).length, "the editor read no fields: the file did not parse").toBeGreaterThan(0);
    expect(saved).toBe(readFileSync(path, "utf8"));
  });
});

describe("the site's JSON format", () => {
  it("is needed: Decap's own json format would write the keys of a large object out of order", async () => {
    const config = editorConfig({ backend: { name: "git-gateway" } });
    const ownFormat = {
      ...config,
      collections: config.collections.map((collection) =>
        "files" in collection ? { ...collection, format: "json" } : collection,
      ),
    };
    const decaps = await openEditor(ownFormat, editor.decap);
    const file = "content/interface/site.json";
    const { saved } = decaps.openAndSave(file);
    expect(JSON.parse(saved)).toEqual(JSON.parse(readFileSync(file, "utf8")));
    expect(Object.keys(JSON.parse(saved))).not.toEqual(Object.keys(JSON.parse(readFileSync(file, "utf8"))));
    editor = await openEditor(config, editor.decap);
  });
});
