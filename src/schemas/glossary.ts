import { z } from "astro/zod";

/** A name a reader may type: words, not punctuation alone, without spaces at either end. */
const name = z.string().trim().min(2, "a name needs at least 2 characters");

/** One term of the glossary (`content/glossary.json`): the page shows it, and search understands its names. */
export const glossaryTermSchema = z.strictObject({
  /** The term as the glossary's heading shows it, e.g. "Early career teacher". */
  term: name,
  /** Its abbreviations, as written, e.g. ["ECT"]; searching for one also searches for the term. */
  abbreviations: z.array(name),
  /** Other names for the same thing, older or informal, e.g. ["newly qualified teacher", "NQT"]; search treats each like an abbreviation. */
  otherNames: z.array(name),
  /** What it means, in the DfE's own words where it has them: the words of the source page. */
  meaning: z.string().trim().min(1, "the meaning is empty: write what the term means, in its source's words"),
  /** Where the meaning comes from: a key of `content/links.json`, so that its address is kept in one place. */
  source: z.string().min(1),
});

/**
 * The glossary file: an object, not a bare list, so that the content editor can edit it. `linkKeys` are the keys of
 * `content/links.json`: every source must be one. No name (term, abbreviation or other name) may belong to two
 * terms, whatever its case, or search could not tell which term a reader means.
 */
export const glossarySchema = (linkKeys: readonly string[]) =>
  z.strictObject({ terms: z.array(glossaryTermSchema).min(1) }).superRefine(({ terms }, context) => {
    const owners = new Map<string, string>();
    terms.forEach(({ term, abbreviations, otherNames, source }, index) => {
      if (!linkKeys.includes(source)) {
        context.addIssue({
          code: "custom",
          path: ["terms", index, "source"],
          message: `"${source}" is not a key of content/links.json: add the link there, or use one of its keys`,
        });
      }
      for (const [kind, names] of [
        ["term", [term]],
        ["abbreviations", abbreviations],
        ["otherNames", otherNames],
      ] as const) {
        for (const written of names) {
          const owner = owners.get(written.toLowerCase());
          if (owner !== undefined && owner !== term) {
            context.addIssue({
              code: "custom",
              path: ["terms", index, kind],
              message: `"${written}" is already a name of "${owner}": a name can belong to one term only`,
            });
          }
          owners.set(written.toLowerCase(), term);
        }
      }
    });
  });

/** One term, as the glossary page and search read it. */
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
/** The whole glossary. */
export type Glossary = { terms: GlossaryTerm[] };
