/**
 * Search understands the glossary's abbreviations and other names: the real ranking (site-search.ts) over the real
 * index of the built site (dist/pagefind), run by Pagefind's own runtime in Node. Build first (`npm run build`;
 * `npm test` builds before it runs this).
 */
import { existsSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { glossary, termAnchor } from "../../src/lib/glossary";
import { loadPagefind } from "../../src/components/search/pagefind-node";
import { createSiteSearch, type SiteSearch } from "../../src/components/search/site-search";

const index = "dist/pagefind";
let siteSearch: SiteSearch;

beforeAll(async () => {
  if (!existsSync(`${index}/pagefind.js`)) {
    throw new Error(`No search index in ${index}: build the site first (npm run build).`);
  }
  siteSearch = await createSiteSearch(await loadPagefind(index, { excerptLength: 24 }));
});

/** The pages a search lists, best first, each with its data (title, URL, excerpt, headings). */
async function resultsFor(query: string) {
  const { hits } = await siteSearch.search(query);
  return Promise.all(hits.map((hit) => hit.load()));
}

/**
 * Abbreviations and other names, each with the pages (any one of them) that must come first: pages about the thing
 * named, though none of them uses the name searched for.
 */
const firstResults: [query: string, expected: string[]][] = [
  // Only the glossary says "VLE": the Canvas pages say "Virtual Learning Environment (Canvas)".
  ["VLE", ["/faq/canvas-access/", "/guidance/ecf-schools-dashboard/"]],
  ["virtual learning environment", ["/faq/canvas-access/", "/guidance/ecf-schools-dashboard/"]],
  // Pages about mentors, by name or as ECMs.
  ["ECM", ["/guidance/check-data/", "/faq/change-participant-details/", "/guidance/register-ects-and-mentors/"]],
  ["early career mentor", ["/guidance/check-data/", "/faq/change-participant-details/"]],
  // No page says NQT, the old name of an ECT: pages for ECTs come first.
  ["NQT", ["/", "/guidance/register-ects-and-mentors/", "/faq/who-registers-ects-and-mentors/"]],
  ["newly qualified teachers", ["/", "/guidance/register-ects-and-mentors/", "/faq/who-registers-ects-and-mentors/"]],
  ["TRN", ["/register/participant/", "/guidance/register-ects-and-mentors/"]],
  ["teacher reference number", ["/register/participant/", "/guidance/register-ects-and-mentors/"]],
  ["URN", ["/register/participant/", "/register/school/"]],
  ["DfE", ["/resources/", "/guidance/check-data/", "/faq/how-to-check-dfe-data/"]],
  ["BPN", ["/guidance/not-yet-registered/", "/faq/already-with-bpn-re-register/", "/faq/bpn-faq-and-support/"]],
  ["ECTE", ["/guidance/register-ects-and-mentors/", "/glossary/"]],
  ["lead provider", ["/faq/changing-lead-provider/"]],
  ["lead providers", ["/faq/changing-lead-provider/"]],
  ["delivery partner", ["/faq/which-delivery-partner/"]],
  // Only the glossary has these.
  ["appropriate body", ["/glossary/"]],
  ["ITTECF", ["/glossary/"]],
];

describe("a search for an abbreviation or another name", () => {
  it.for(firstResults)("“%s” puts a page about it first", async ([query, expected]) => {
    const [first] = await resultsFor(query);
    expect(expected, `first result for “${query}”`).toContain(first?.url);
  });

  it("finds the pages that have the term's name though not the name searched for", async () => {
    const urls = (await resultsFor("VLE")).map(({ url }) => url);
    expect(urls).toEqual(expect.arrayContaining(["/faq/canvas-access/", "/guidance/ecf-schools-dashboard/"]));
  });

  it("marks, in each excerpt, the name that page has", async () => {
    const results = await resultsFor("VLE");
    const canvas = results.find(({ url }) => url === "/faq/canvas-access/")!;
    const glossaryPage = results.find(({ url }) => url === "/glossary/")!;
    expect(canvas.excerpt).toMatch(/<mark>Virtual<\/mark> <mark>Learning<\/mark> <mark>Environment<\/mark>/);
    expect(glossaryPage.excerpt).toContain("<mark>(VLE).</mark>");
  });

  it("counts the term's names as one word, so that pages with every word of the query still come first", async () => {
    // "changing" and "lead provider": the FAQ answer has both; the glossary only the name.
    const urls = (await resultsFor("changing lead provider")).map(({ url }) => url);
    expect(urls[0]).toBe("/faq/changing-lead-provider/");
    expect(urls.indexOf("/faq/changing-lead-provider/")).toBeLessThan(urls.indexOf("/glossary/"));
  });

  it("takes a name of several words as a phrase, not as words anywhere on a page", async () => {
    // Pages with "lead" and "provider" apart would count; only those with "lead provider" do.
    for (const { excerpt, url } of await resultsFor("lead provider")) {
      const text = excerpt.replace(/<\/?mark>/g, "").toLowerCase();
      expect(text, url).toMatch(/lead providers?/);
    }
  });
});

describe("a search for a glossary name alone", () => {
  it.for(glossary.terms.flatMap(({ term, abbreviations }) => [term, ...abbreviations].map((name) => ({ name, term }))))(
    "“$name” lists the glossary second (first only when nothing else has it), with the entry for “$term” first among its headings",
    async ({ name, term }) => {
      const results = await resultsFor(name);
      const position = results.findIndex(({ url }) => url === "/glossary/");
      expect(position, `the glossary's place for “${name}”`).toBe(results.length > 1 ? 1 : 0);
      expect(results[position]!.sub_results[0]?.url).toBe(`/glossary/#${termAnchor(term)}`);
    },
  );

  it("does not lift the glossary for a query of several words", async () => {
    const urls = (await resultsFor("how do I log in to Canvas")).map(({ url }) => url);
    expect(urls.slice(0, 2)).toEqual(["/faq/canvas-access/", "/guidance/ecf-schools-dashboard/"]);
  });
});
