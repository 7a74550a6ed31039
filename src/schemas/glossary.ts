import { z } from "astro/zod";

/** A name a reader may type: words, not punctuation alone, without spaces at either end. */
const name = z.string().trim().min(2, "a name needs at least 2 characters");

/** One term of the glossary (`content/glossary.json`): the page shows it, and search understands its names. */
export const glossaryTermSchema = z.strictObject({
  term: name.meta({
    title: "Term",
    description:
      'The term as the glossary page shows it, as the heading above its meaning, for example "Early career teacher".',
  }),
  /** Searching for one also searches for the term. */
  abbreviations: z.array(name).meta({
    title: "Abbreviations",
    description:
      "Its abbreviations, as they are written, for example ECT. The heading shows them in brackets after the term, and someone who searches the site for one finds the term's pages too. Leave the list empty if it has none.",
    itemLabel: "Abbreviation",
  }),
  /** Search treats each like an abbreviation. */
  otherNames: z.array(name).meta({
    title: "Other names",
    description:
      'Other names for the same thing, older or informal, for example "newly qualified teacher" and NQT. The glossary shows them after "Also called:", and search treats each like an abbreviation. Leave the list empty if it has none.',
    itemLabel: "Other name",
  }),
  meaning: z.string().trim().min(1, "the meaning is empty: write what the term means, in its source's words").meta({
    title: "Meaning",
    description:
      "What the term means, in the Department for Education's own words where it has them, or in the words of the page it comes from.",
    multiline: true,
  }),
  /** A key of `content/links.json`, so that its address is kept in one place. */
  source: z.string().min(1).meta({
    title: "Source",
    description:
      'Where the meaning comes from: the short name of one of the links, for example dfe-about. The glossary shows that link after "Source:".',
  }),
});

/**
 * The glossary file: an object, not a bare list, so that the content editor can edit it. `linkKeys` are the keys of
 * `content/links.json`: every source must be one. No name (term, abbreviation or other name) may belong to two
 * terms, whatever its case, or search could not tell which term a reader means.
 */
export const glossarySchema = (linkKeys: readonly string[]) =>
  z
    .strictObject({
      terms: z.array(glossaryTermSchema).min(1).meta({
        title: "Terms",
        description: "The terms. The glossary page lists them in alphabetical order, whatever their order here.",
        itemLabel: "Term",
      }),
    })
    .meta({
      title: "Glossary",
      description:
        "The abbreviations and terms of the programme that the glossary page explains, such as ECT and NQT. Search understands every name given here: someone who searches for NQT finds the pages about early career teachers. A name can belong to one term only.",
    })
    .superRefine(({ terms }, context) => {
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
