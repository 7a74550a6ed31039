/**
 * Decap CMS's own code, for tests that must agree with the editor: decap-cms-core ships its TypeScript sources
 * (node_modules/decap-cms-core/src/), which esbuild bundles here with the dependencies decap-cms-core resolves
 * (yaml 1.x, gray-matter, immutable, ajv). The tests then load the editor's configuration as Decap loads it,
 * read each content file as Decap reads it and write it back as Decap writes it: the same code, not a copy.
 *
 * Three things the browser provides are stubbed: `window` (a UMD wrapper names it), the hash history of Decap's
 * router, which needs a document, and localforage (IndexedDB, for Decap's backups of unsaved entries), which is
 * kept in memory. None of them is on the path of a config or an entry.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { build, type Plugin } from "esbuild";
import { jsonFormatName, jsonInFieldOrder, type DecapConfig } from "../../src/lib/editor/config";

const core = resolve("node_modules/decap-cms-core/src");

/** What the tests use of Decap, by the module that exports it. */
const entry = `
export { Backend, resolveBackend } from "./backend";
export { registerBackend, registerCustomFormat, registerWidget } from "./lib/registry";
export { validateConfig } from "./constants/configSchema";
export { applyDefaults, normalizeConfig, parseConfig } from "./actions/config";
export { getSerializedEntry } from "./actions/entries";
export { createEntry } from "./valueObjects/Entry";
export { selectEntrySlug } from "./reducers/collections";
export { fromJS } from "immutable";
import list from "decap-cms-widget-list/src/schema";
import markdown from "decap-cms-widget-markdown/src/schema";
import number from "decap-cms-widget-number/src/schema";
import object from "decap-cms-widget-object/src/schema";
import select from "decap-cms-widget-select/src/schema";
/** The widgets' option schemas, as decap-cms-app registers them (string, text and boolean have none). */
export const widgetSchemas = { boolean: {}, list, markdown, number, object, select, string: {}, text: {} };
`;

const inMemoryLocalforage = `
const items = new Map();
export default {
  getItem: async (key) => items.get(key) ?? null,
  setItem: async (key, value) => (items.set(key, value), value),
  removeItem: async (key) => void items.delete(key),
};`;

const browserStubs: Plugin = {
  name: "browser-stubs",
  setup(esbuild) {
    esbuild.onLoad({ filter: /decap-cms-core[\\/]src[\\/]routing[\\/]history\.ts$/ }, () => ({
      contents:
        "export const history = {}; export function navigateToCollection() {} " +
        "export function navigateToNewEntry() {} export function navigateToEntry() {}",
      loader: "ts",
    }));
    esbuild.onResolve({ filter: /^localforage$/ }, () => ({ path: "localforage", namespace: "stub" }));
    esbuild.onLoad({ filter: /^localforage$/, namespace: "stub" }, () => ({ contents: inMemoryLocalforage }));
  },
};

/** An Immutable.js value, as Decap holds config and entries. */
export interface Immutable {
  get(key: string): unknown;
  toJS(): unknown;
}

/** A collection as Decap's store holds it. */
export type Collection = Immutable;

/** An entry as Decap's backend reads it from a file. */
export interface EntryValue {
  slug: string;
  path: string;
  raw: string;
  data: Record<string, unknown>;
}

/** The part of Decap's `Backend` the tests run. */
export interface Backend {
  entryWithFormat(collection: Collection): (entry: EntryValue) => EntryValue;
  entryToRaw(collection: Collection, entry: Immutable): string;
}

export interface Decap {
  resolveBackend(config: unknown): Backend;
  registerBackend(name: string, backend: unknown): void;
  registerCustomFormat(name: string, extension: string, format: unknown): void;
  registerWidget(name: string, control: unknown, preview: unknown, schema: unknown): void;
  validateConfig(config: unknown): void;
  parseConfig(text: string): unknown;
  normalizeConfig(config: unknown): unknown;
  applyDefaults(config: unknown): { collections: { name: string }[] } & Record<string, unknown>;
  getSerializedEntry(collection: Collection, entry: Immutable): Immutable;
  createEntry(collection: string, slug: string, path: string, options: { raw: string }): EntryValue;
  selectEntrySlug(collection: Collection, path: string): string;
  fromJS(value: unknown): Immutable;
  widgetSchemas: Record<string, unknown>;
}

/** Bundles Decap's sources into a temporary folder and loads them, with its widgets' schemas registered. */
export async function loadDecap(): Promise<Decap> {
  const folder = await mkdtemp(join(tmpdir(), "btsa-decap-"));
  try {
    const outfile = join(folder, "decap.cjs");
    await build({
      stdin: { contents: entry, resolveDir: core, sourcefile: "decap-entry.ts", loader: "ts" },
      bundle: true,
      platform: "node",
      mainFields: ["module", "main"],
      format: "cjs",
      outfile,
      banner: { js: "var window = globalThis;" },
      plugins: [browserStubs],
      logLevel: "silent",
    });
    const decap = createRequire(import.meta.url)(outfile) as Decap;
    for (const [name, schema] of Object.entries(decap.widgetSchemas)) {
      decap.registerWidget(
        name,
        () => null,
        () => null,
        schema,
      );
    }
    return decap;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** A backend that does nothing: enough for Decap to apply its defaults and read and write entries. */
class NoBackend {
  isGitBackend() {
    return true;
  }
}

/** The loaded copies of Decap that know the backend (Decap logs an error when a name is registered twice). */
const withBackend = new WeakSet<Decap>();

/** A collection of the loaded configuration: as plain data and as Decap's store holds it. */
interface LoadedCollection {
  js: { name: string; folder?: string; extension?: string; files?: { name: string; file: string }[] };
  held: Collection;
}

/** The editor with the site's configuration loaded, and the files it reads and writes. */
export interface Editor {
  decap: Decap;
  /** The configuration after Decap's defaults, as its store holds it. */
  loaded: ReturnType<Decap["applyDefaults"]>;
  /** Opens a content file (its path from the project's root) and saves it unchanged: what Decap writes. */
  openAndSave(path: string): { saved: string; data: Record<string, unknown> };
}

/**
 * Loads a configuration as Decap loads /admin/config.yml, with the site's JSON format registered as the admin page
 * registers it. An entry then takes the editor's path from its file back to its file:
 *
 * 1. Decap parses the configuration (`parseConfig`, yaml 1.x: JSON is YAML), validates it and applies its defaults
 *    (actions/config.ts); a backend is resolved as for the real one.
 * 2. The backend reads the file and parses it with the collection's format (`Backend.getEntry` →
 *    `entryWithFormat`): gray-matter and yaml 1.x for MDX frontmatter, the site's JSON format for JSON.
 * 3. The editor holds the entry as Immutable.js data (`fromJS`, reducers/entryDraft.js).
 * 4. Saving serialises its values (`getSerializedEntry`, actions/entries.ts) and writes the file in the order of
 *    the fields (`Backend.entryToRaw`, which also adds the final newline).
 */
export async function openEditor(config: DecapConfig, decap?: Decap): Promise<Editor> {
  decap ??= await loadDecap();
  if (!withBackend.has(decap)) decap.registerBackend("no-backend", NoBackend);
  withBackend.add(decap);
  decap.registerCustomFormat(jsonFormatName, "json", jsonInFieldOrder(config));
  const read = decap.parseConfig(JSON.stringify({ ...config, backend: { name: "no-backend" } }));
  decap.validateConfig(read);
  const loaded = decap.applyDefaults(decap.normalizeConfig(read));
  const collections: LoadedCollection[] = loaded.collections.map((js) => ({
    js: js as LoadedCollection["js"],
    held: decap.fromJS(js),
  }));
  const backend = decap.resolveBackend(loaded);
  const entryOf = (path: string) => {
    for (const { js, held } of collections) {
      if (js.folder === dirname(path) && path.endsWith(`.${js.extension}`)) {
        return { collection: held, name: js.name, slug: decap.selectEntrySlug(held, path) };
      }
      const file = js.files?.find((candidate) => candidate.file === path);
      if (file) return { collection: held, name: js.name, slug: file.name };
    }
    throw new Error(`${path} is in no collection of the editor`);
  };
  return {
    decap,
    loaded,
    openAndSave(path) {
      const { collection, name, slug } = entryOf(path);
      const raw = readFileSync(path, "utf8");
      const entry = backend.entryWithFormat(collection)(decap.createEntry(name, slug, path, { raw }));
      const serialised = decap.getSerializedEntry(collection, decap.fromJS(entry));
      return { saved: backend.entryToRaw(collection, serialised), data: entry.data };
    },
  };
}
