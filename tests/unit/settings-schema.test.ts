import { describe, expect, it } from "vitest";
import settings from "../../content/settings.json" with { type: "json" };
import { blanksAsNull } from "../../src/lib/blank";
import { parseSettings } from "../../src/lib/content-check";
import { findUnset } from "../../src/lib/go-live";

describe("settings schema", () => {
  it("accepts the alliance's settings as they stand", () => {
    expect(parseSettings(settings).contactPhone).toBe("01268 754137");
  });

  it.each([
    ["contactEmail", "denise at btsa", "contactEmail"],
    ["contactPhone", "call us", "contactPhone"],
    ["siteUrl", "www.example", "siteUrl"],
    ["organisationName", "", "organisationName"],
  ])("rejects a bad %s and names the file and the field", (field, value, named) => {
    expect(() => parseSettings({ ...settings, [field]: value })).toThrow(
      new RegExp(`content/settings\\.json[\\s\\S]*${named}:`),
    );
  });

  it("rejects a misspelt key rather than ignoring it", () => {
    expect(() => parseSettings({ ...settings, contactEmial: "a@b.co" })).toThrow(/contactEmial|Unrecognized/);
  });

  it("accepts null for what the alliance has not supplied yet", () => {
    expect(parseSettings({ ...settings, contactEmail: null }).contactEmail).toBeNull();
  });

  it.each(["contactEmail", "participantSupportEmail", "retentionMonths", "inductionConferenceDate", "siteUrl"])(
    "reads %s cleared in the content editor (empty, or only spaces) as unset, listed by the go-live list",
    (field) => {
      for (const blank of ["", "  "]) {
        const parsed = parseSettings({ ...settings, [field]: blank });
        expect(parsed[field as keyof typeof parsed]).toBeNull();
        expect(findUnset(parsed, {}, ["a group"]).map((item) => item.key)).toContain(field);
        expect(findUnset({ ...settings, [field]: blank }, {}, ["a group"]).map((item) => item.key)).toContain(field);
        expect(blanksAsNull({ ...settings, [field]: blank })[field as keyof typeof settings]).toBeNull();
      }
    },
  );

  it.each([
    ["contactEmail", " denise at btsa ", "Invalid email"],
    ["siteUrl", "www.example", "Invalid URL"],
    ["retentionMonths", 0, "Too small"],
  ])("still rejects a bad %s that is not empty, with its message", (field, value, message) => {
    expect(() => parseSettings({ ...settings, [field]: value })).toThrow(new RegExp(`${field}: ${message}`, "i"));
  });

  it.each(["", "  "])("still requires the settings that cannot be unset: %j is no name", (blank) => {
    expect(() => parseSettings({ ...settings, organisationName: blank })).toThrow(
      /content\/settings\.json has 1 bad field\(s\):\n {2}organisationName: /,
    );
  });

  it("requires every field to be present", () => {
    const { contactName: _omitted, ...rest } = settings;
    expect(() => parseSettings(rest)).toThrow(/contactName/);
  });
});
