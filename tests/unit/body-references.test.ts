import { describe, expect, it } from "vitest";
import links from "../../content/links.json" with { type: "json" };
import settings from "../../content/settings.json" with { type: "json" };
import { bodyProblems, bodyReferenceProblems, mdxFiles, throwIfBodyProblems } from "../../src/lib/body-references";

const keys = { links: Object.keys(links), settings: Object.keys(settings) };
const file = "content/faq/x.mdx";
/** The problems in a body below a frontmatter of three lines, so that the body starts on line 5. */
const problems = (body: string, name = file) =>
  bodyProblems(name, `---\nquestion: A question?\n---\n\n${body}\n`, keys);

describe("the check of what the MDX bodies refer to", () => {
  it("passes the content as it stands, every MDX file of it", () => {
    expect(mdxFiles().length).toBeGreaterThan(30);
    expect(mdxFiles()).toContain("content/faq/canvas-access.mdx");
    expect(bodyReferenceProblems(keys)).toEqual([]);
  });

  it("passes every component the site provides, with keys that exist", () => {
    const body = [
      'See <ExternalLink id="dfe-online-service" />, ask <Setting name="contactName" />.',
      "",
      "<LinkList ids={[\"dfe-check-data\", 'bpn-ecf']} />",
      "",
      '<Setting name="retentionMonths" one="month" other="months" /> <ExternalLink id={"bpn-ecf"} />',
      "",
      "<ContactDetails />",
      "",
      "<Timeline />",
      "",
      "A <abbr>DfE</abbr> line.<br />",
    ].join("\n");
    expect(problems(body)).toEqual([]);
  });

  it("names an unknown link with its file and line, and the key it is close to", () => {
    expect(problems('First line.\n\nSee <ExternalLink id="dfe-onlin-servise" />.')).toEqual([
      'content/faq/x.mdx:7: <ExternalLink id="dfe-onlin-servise"> — no link "dfe-onlin-servise" in content/links.json; did you mean dfe-online-service?',
    ]);
  });

  it("names an unknown link without a guess when none is close", () => {
    expect(problems('<ExternalLink id="the-moon" />')).toEqual([
      'content/faq/x.mdx:5: <ExternalLink id="the-moon"> — no link "the-moon" in content/links.json',
    ]);
  });

  it("names an unknown setting", () => {
    expect(problems('Email <Setting name="contactEmial" />.')).toEqual([
      'content/faq/x.mdx:5: <Setting name="contactEmial"> — no setting "contactEmial" in content/settings.json; did you mean contactEmail?',
    ]);
  });

  it("names each unknown id in a LinkList, and only those", () => {
    expect(problems('<LinkList ids={["bpn-ecf", "bpn-ecff", "nothing-like-it"]} />')).toEqual([
      'content/faq/x.mdx:5: <LinkList ids={[…"bpn-ecff"…]}> — no link "bpn-ecff" in content/links.json; did you mean bpn-ecf?',
      'content/faq/x.mdx:5: <LinkList ids={[…"nothing-like-it"…]}> — no link "nothing-like-it" in content/links.json',
    ]);
  });

  it("names a component the site does not provide, and one in the wrong case", () => {
    expect(problems('<ExternalLnk id="bpn-ecf" />\n\n<Chart />\n\n<setting name="intake" />')).toEqual([
      'content/faq/x.mdx:5: <ExternalLnk> — the site has no component "ExternalLnk"; did you mean ExternalLink?',
      'content/faq/x.mdx:7: <Chart> — the site has no component "Chart"; it has ContactDetails, ExternalLink, LinkList, Setting, Timeline',
      "content/faq/x.mdx:9: <setting> — components start with a capital: write <Setting>",
    ]);
  });

  it("allows a page's own components on that page only", () => {
    const body = "<SearchNoResultsHelp>\n\nTry other words.\n\n</SearchNoResultsHelp>";
    expect(problems(body, "content/pages/search.mdx")).toEqual([]);
    expect(problems(body)).toEqual([
      'content/faq/x.mdx:5: <SearchNoResultsHelp> — the site has no component "SearchNoResultsHelp"; it has ContactDetails, ExternalLink, LinkList, Setting, Timeline',
    ]);
  });

  it.each([
    [
      "a variable for an id",
      "<ExternalLink id={someVariable} />",
      '<ExternalLink id={someVariable}> — it cannot be checked: write id="…", the key in quotes',
    ],
    [
      "a sum for a name",
      '<Setting name={"contact" + "Name"} />',
      '<Setting name={"contact" + "Name"}> — it cannot be checked: write name="…", the key in quotes',
    ],
    [
      "a variable in a list",
      '<LinkList ids={["bpn-ecf", other]} />',
      '<LinkList ids={["bpn-ecf", other]}> — it cannot be checked: write ids={["…", "…"]}, the keys in quotes',
    ],
    [
      "text for a list",
      '<LinkList ids="bpn-ecf" />',
      '<LinkList ids="bpn-ecf"> — it cannot be checked: write ids={["…", "…"]}, the keys in quotes',
    ],
    [
      "a template",
      "<ExternalLink id={`bpn-${x}`} />",
      '<ExternalLink id={`bpn-${x}`}> — it cannot be checked: write id="…", the key in quotes',
    ],
    [
      "an id without a value",
      "<ExternalLink id />",
      '<ExternalLink id> — it cannot be checked: write id="…", the key in quotes',
    ],
    ["a spread", "<Setting {...props} />", '<Setting {...props}> — it cannot be checked: write name="…"'],
    [
      "no id at all",
      '<ExternalLink href="https://x.test/" />',
      '<ExternalLink> — no id: write id="…" with the key of content/links.json',
    ],
  ])("names %s as unreadable rather than passing it", (_, body, problem) => {
    expect(problems(body)).toEqual([`content/faq/x.mdx:5: ${problem}`]);
  });

  it("names a body that is not MDX at its line", () => {
    expect(problems('Fine.\n\nA <ExternalLink id="bpn-ecf" without an end')).toEqual([
      expect.stringMatching(/^content\/faq\/x\.mdx:7: the text cannot be read as MDX — /),
    ]);
  });

  it("fails with one message that lists every problem", () => {
    const found = [...problems('<ExternalLink id="a" />'), ...problems('<Setting name="b" />', "content/pages/y.mdx")];
    expect(() => throwIfBodyProblems(found)).toThrow(
      'The MDX bodies have 2 problem(s):\n  content/faq/x.mdx:5: <ExternalLink id="a"> — no link "a" in content/links.json\n  content/pages/y.mdx:5: <Setting name="b"> — no setting "b" in content/settings.json',
    );
    expect(() => throwIfBodyProblems([])).not.toThrow();
  });
});
