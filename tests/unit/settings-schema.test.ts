import { describe, expect, it } from "vitest";
import settings from "../../content/settings.json" with { type: "json" };
import { parseSettings } from "../../src/lib/content-check";

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

  it("requires every field to be present", () => {
    const { contactName: _omitted, ...rest } = settings;
    expect(() => parseSettings(rest)).toThrow(/contactName/);
  });
});
