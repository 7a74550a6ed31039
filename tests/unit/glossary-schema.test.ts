import { describe, expect, it } from "vitest";
import glossaryFile from "../../content/glossary.json" with { type: "json" };
import links from "../../content/links.json" with { type: "json" };
import { glossarySchema } from "../../src/schemas/glossary";

const linkKeys = Object.keys(links);
const term = {
  term: "Teacher reference number",
  abbreviations: ["TRN"],
  otherNames: [],
  meaning: "A 7 digit number that uniquely identifies a teacher in the education sector in England.",
  source: "dfe-trn",
};
const another = {
  ...term,
  term: "Unique reference number",
  abbreviations: ["URN"],
  source: "dfe-get-information-about-schools",
};

/** Every problem with a glossary, as "path: message". */
const problems = (input: unknown) => {
  const result = glossarySchema(linkKeys).safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("the glossary (content/glossary.json)", () => {
  it("accepts the glossary as it stands", () => {
    expect(problems(glossaryFile)).toEqual([]);
  });

  it.each([
    [
      "a source that is not a key of links.json",
      { terms: [{ ...term, source: "dfe-trm" }] },
      'terms.0.source: "dfe-trm" is not a key of content/links.json',
    ],
    [
      "an abbreviation two terms use",
      { terms: [term, { ...another, abbreviations: ["URN", "TRN"] }] },
      'terms.1.abbreviations: "TRN" is already a name of "Teacher reference number"',
    ],
    [
      "an abbreviation that differs from another term's only in case",
      { terms: [term, { ...another, abbreviations: ["trn"] }] },
      'terms.1.abbreviations: "trn" is already a name of "Teacher reference number"',
    ],
    [
      "another name that is another term's name",
      { terms: [term, { ...another, otherNames: ["teacher reference number"] }] },
      'terms.1.otherNames: "teacher reference number" is already a name of "Teacher reference number"',
    ],
    ["an empty meaning", { terms: [{ ...term, meaning: " " }] }, "terms.0.meaning: the meaning is empty"],
    ["an empty term", { terms: [{ ...term, term: "" }] }, "terms.0.term: a name needs at least 2 characters"],
    ["a term without its source", { terms: [{ ...term, source: undefined }] }, "terms.0.source"],
    ["an unknown field", { terms: [{ ...term, sources: ["dfe-trn"] }] }, "terms.0"],
    ["a bare list, which the content editor cannot edit", [term], "expected object"],
    ["no terms", { terms: [] }, "terms"],
  ])("rejects %s, saying where and why", (_, input, problem) => {
    expect(problems(input).join("\n")).toContain(problem);
  });
});
