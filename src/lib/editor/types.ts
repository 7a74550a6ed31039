/**
 * The parts of Decap CMS's configuration the site uses (decap-cms-core's `CmsConfig`, kept to what is generated
 * here). Plain data: the Astro endpoint serves it as /admin/config.yml.
 */
import type { Pattern } from "./patterns.ts";

/** A choice of a select: what is saved and what the manager reads. */
export interface DecapOption {
  label: string;
  value: string;
}

/** One field of an entry; `widget` decides which of the other keys apply. */
export interface DecapField {
  name: string;
  label: string;
  widget: "string" | "text" | "number" | "boolean" | "select" | "list" | "object" | "markdown";
  hint?: string;
  required?: boolean;
  pattern?: Pattern;
  /** select */
  options?: DecapOption[];
  /** number */
  value_type?: "int" | "float";
  /** number, list */
  min?: number;
  max?: number;
  /** list of one value each (strings, choices) */
  field?: DecapField;
  /** object, and list of objects */
  fields?: DecapField[];
  /** list: what a collapsed item shows, such as "{{fields.title}}" */
  summary?: string;
  label_singular?: string;
  collapsed?: boolean;
  /** markdown */
  modes?: ["raw"];
  buttons?: [];
  editor_components?: [];
}

/** One JSON file of a file collection. */
export interface DecapFile {
  name: string;
  label: string;
  file: string;
  description?: string;
  fields: DecapField[];
}

interface CollectionBase {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  format: string;
  editor?: { preview: boolean };
}

/** A folder of MDX entries (pages, guidance, FAQ). */
export interface DecapFolderCollection extends CollectionBase {
  folder: string;
  extension: "mdx";
  create: boolean;
  delete: boolean;
  identifier_field: string;
  slug: string;
  summary?: string;
  sortable_fields?: string[];
  fields: DecapField[];
}

/** A collection of named JSON files. */
export interface DecapFileCollection extends CollectionBase {
  files: DecapFile[];
}

export type DecapCollection = DecapFolderCollection | DecapFileCollection;

export interface DecapConfig {
  backend: Record<string, unknown>;
  local_backend?: { url: string };
  publish_mode: "simple";
  media_folder: string;
  public_folder: string;
  slug: { encoding: "ascii"; clean_accents: boolean };
  editor: { preview: boolean };
  collections: DecapCollection[];
}
