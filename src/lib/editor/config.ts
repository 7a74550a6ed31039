/**
 * The content editor's configuration (Decap CMS, at /admin/), generated at build time from the content schemas
 * (src/schemas/) and the content, so that the editor and the build cannot disagree on what a field is, whether it
 * is required, what it may hold. The build stays the final check: what a pattern cannot say (a link's key exists,
 * a placeholder is known, an email block is one kind) the build refuses, naming the file and the field.
 *
 * The JSON files use the site's own format (json-format.ts), which /admin/start.js (admin-start.ts) registers before
 * Decap starts. Map of the module: collections.ts (which file, which schema, which choices), fields.ts (a Zod schema
 * to Decap fields), patterns.ts (checks to one pattern), zod.ts (reading Zod 4 definitions and metadata), types.ts.
 */
import { editorCollections } from "./collections.ts";
import type { DecapConfig } from "./types.ts";

export { editorCollections } from "./collections.ts";
export { jsonFormatName, jsonInFieldOrder } from "./json-format.ts";
export type {
  DecapCollection,
  DecapConfig,
  DecapField,
  DecapFile,
  DecapFileCollection,
  DecapFolderCollection,
} from "./types.ts";

export interface EditorConfigOptions {
  /** Decap's backend: GitHub, signed in through Netlify (backend.ts). */
  backend: Record<string, unknown>;
  /** The local backend (decap-server) when editing on a developer's machine. */
  localBackend?: { url: string };
}

/** The configuration Decap reads from /admin/config.yml (JSON is YAML). */
export function editorConfig(options: EditorConfigOptions): DecapConfig {
  return {
    backend: options.backend,
    ...(options.localBackend && { local_backend: options.localBackend }),
    publish_mode: "simple",
    // Decap requires a media folder. Nothing in the content takes an upload; one made from the media library
    // would be published under /images/ and used by nothing.
    media_folder: "public/images",
    public_folder: "/images",
    // New entries' file names (and so their addresses) from their title or question, in plain ASCII.
    slug: { encoding: "ascii", clean_accents: true },
    // Decap's preview would show MDX components as unknown tags and JSON as nothing useful: the site shows them.
    editor: { preview: false },
    collections: editorCollections(),
  };
}
