import { describe, expect, it } from "vitest";
import { findUnset } from "../../src/lib/go-live";

const link = (url: string | null) => ({ title: "A link", url, owner: "BPN", description: "d" });

describe("the go-live list", () => {
  it("lists every null setting and every link without an address", () => {
    const unset = findUnset(
      { contactEmail: null, contactPhone: "01268 754137", inductionConferenceDate: null },
      { a: link(null), b: link("https://x.test/") },
      [],
    );
    expect(unset.map((item) => `${item.file}:${item.key}`)).toEqual([
      "content/settings.json:contactEmail",
      "content/settings.json:inductionConferenceDate",
      "content/links.json:a",
      "content/training-groups.json:groups",
    ]);
  });

  it("lists a setting or an address cleared in the content editor (empty, or only spaces) as unset", () => {
    const unset = findUnset(
      { contactEmail: "", inductionConferenceDate: "  ", contactPhone: "01268 754137" },
      { a: link(""), b: link("  "), c: link("https://x.test/") },
      ["Basildon primary"],
    );
    expect(unset.map((item) => `${item.file}:${item.key}`)).toEqual([
      "content/settings.json:contactEmail",
      "content/settings.json:inductionConferenceDate",
      "content/links.json:a",
      "content/links.json:b",
    ]);
  });

  it("is empty when everything is filled in", () => {
    expect(findUnset({ contactEmail: "a@b.co" }, { a: link("https://x.test/") }, ["Basildon primary"])).toEqual([]);
  });

  it("includes the alliance's own unset contact email and retention period as things stand", () => {
    expect(findUnset().map((item) => item.key)).toEqual(expect.arrayContaining(["contactEmail", "retentionMonths"]));
  });
});
