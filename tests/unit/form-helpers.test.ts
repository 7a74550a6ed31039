import { describe, expect, it } from "vitest";
import { isReference, referenceFor, submissionKey } from "../../functions/lib/reference";
import { html } from "../../functions/lib/html";
import { answerRows } from "../../functions/lib/answers";
import { fillMarked, REFERENCE_MARKERS } from "../../src/lib/forms/page-markers";
import { isUkPhone, normalisePostcode } from "../../src/lib/forms/rules";
import { schoolRegistrationForm } from "../../src/lib/forms/school-registration";

describe("references", () => {
  it("are the same for the same submission and differ between submissions", () => {
    const key = submissionKey("school-registration", "abc-123-def");
    expect(submissionKey("school-registration", "abc-123-def")).toBe(key);
    expect(submissionKey("school-registration", "abc-123-deg")).not.toBe(key);
    expect(submissionKey("participant-registration", "abc-123-def")).not.toBe(key);
  });

  it("look like BTSA-2026-7KQ4TZ, without letters that are misheard (I, L, O, U)", () => {
    for (let index = 0; index < 200; index++) {
      const reference = referenceFor(submissionKey("f", String(index).padStart(8, "0")), "BTSA", 2026);
      expect(reference).toMatch(/^BTSA-2026-[0-9A-HJKMNP-TV-Z]{6}$/);
      expect(isReference(reference)).toBe(true);
    }
  });

  it("are told apart from anything else a query string could hold", () => {
    for (const value of ["", "BTSA-2026-<b>x</b>", "BTSA-26-ABCDEF", "javascript:alert(1)", "BTSA-2026-ABCDEFG"]) {
      expect(isReference(value)).toBe(false);
    }
  });
});

describe("the html template tag", () => {
  it("escapes every interpolated value", () => {
    expect(html`<p>${'<img src=x onerror="a">'} & ${"'"}</p>`.value).toBe(
      "<p>&lt;img src=x onerror=&quot;a&quot;&gt; & &#39;</p>",
    );
  });

  it("keeps nested templates and arrays of them as markup", () => {
    expect(
      html`<ul>
        ${["<a>", "b"].map((item) => html`<li>${item}</li>`)}
      </ul>`.value.replace(/>\s+</g, "><"),
    ).toBe("<ul><li>&lt;a&gt;</li><li>b</li></ul>");
  });
});

describe("page markers", () => {
  it("replace what stands between them and keep the markers", () => {
    const [start, end] = REFERENCE_MARKERS;
    expect(fillMarked(`<p>${start}old${end}</p>`, REFERENCE_MARKERS, "NEW")).toBe(`<p>${start}NEW${end}</p>`);
  });

  it("throw when a page lacks them, rather than silently serving it unchanged", () => {
    expect(() => fillMarked("<p>no markers</p>", REFERENCE_MARKERS, "x")).toThrow(/markers/);
  });
});

describe("answers in emails", () => {
  it("show option labels, Yes for a ticked box and 'Not given' for blanks", () => {
    const rows = answerRows(schoolRegistrationForm.content, { phase: "all-through", privacy: "yes", addressLine2: "" });
    const byLabel = Object.fromEntries(rows.map((row) => [row.label, row.value]));
    expect(byLabel["Phase"]).toBe("All-through");
    expect(byLabel["Address line 2 (optional)"]).toBe("Not given");
    expect(Object.values(byLabel)).toContain("Yes");
  });
});

describe("UK formats", () => {
  it.each([
    ["ss143hg", "SS14 3HG"],
    [" sw1a 1aa ", "SW1A 1AA"],
    ["m11ae", "M1 1AE"],
  ])("writes the postcode %j as %j", (input, output) => expect(normalisePostcode(input)).toBe(output));

  it.each([
    ["01268 754137", true],
    ["+44 7700 900982", true],
    ["0044 1268 754137", false],
    ["12345", false],
    ["01268 754137 ext 2", false],
  ])("treats %j as a UK phone number: %s", (input, valid) => expect(isUkPhone(input)).toBe(valid));
});
