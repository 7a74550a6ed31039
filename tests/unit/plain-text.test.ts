import { describe, expect, it } from "vitest";
import { mdxToPlainText } from "../../src/lib/plain-text";

const context = {
  links: {
    known: { title: "DfE Online Service", url: "https://example.gov.uk/" },
    unknownUrl: { title: "BPN form", url: null },
  },
  settings: { contactName: "Denise Mair", contactEmail: null, retentionMonths: 24, reviewMonths: 1 },
  unset: "(to follow)",
};

describe("MDX answers as plain text for structured data", () => {
  it.each([
    [
      "a link component",
      'Use the <ExternalLink id="known" />.',
      "Use the DfE Online Service (https://example.gov.uk/).",
    ],
    ["a link with no address yet", 'Via <ExternalLink id="unknownUrl" />.', "Via BPN form."],
    ["a setting", 'Ask <Setting name="contactName" />.', "Ask Denise Mair."],
    ["an unset setting", 'Email <Setting name="contactEmail" />.', "Email (to follow)."],
    ["a number with its unit", 'For <Setting name="retentionMonths" one="month" other="months" />.', "For 24 months."],
    [
      "a number that is 1 with its unit",
      'In <Setting name="reviewMonths" one="month" other="months" />.',
      "In 1 month.",
    ],
    ["a Markdown link", "See the [timeline](/guidance/timeline/).", "See the timeline."],
    ["emphasis and line breaks", "**No.**\nSchools do\n\nnot.", "No. Schools do not."],
  ])("turns %s into words", (_, body, expected) => {
    expect(mdxToPlainText(body, context)).toBe(expected);
  });

  it("throws on a link key that does not exist, as the page does", () => {
    expect(() => mdxToPlainText('<ExternalLink id="nope" />', context)).toThrow(/nope/);
  });
});
