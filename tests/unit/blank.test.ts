import { describe, expect, it } from "vitest";
import { links } from "../../src/lib/content-data";
import { blankAsNull, blanksAsNull, isUnset } from "../../src/lib/blank";
import { settings } from "../../src/lib/settings";

describe("empty text as unset (what the content editor saves for a cleared field)", () => {
  it.each([null, "", "  ", "\t\n"])("reads %j as unset", (value) => {
    expect(isUnset(value)).toBe(true);
    expect(blankAsNull(value)).toBeNull();
  });

  it.each(["a", " a ", 0, false, undefined])("keeps %j", (value) => {
    expect(isUnset(value)).toBe(false);
    expect(blankAsNull(value)).toBe(value);
  });

  it("reads every empty value of a record as null and keeps the rest", () => {
    expect(blanksAsNull({ a: "", b: " x ", c: null, d: 3 })).toEqual({ a: null, b: " x ", c: null, d: 3 });
  });

  it("gives the site and the functions null, never empty text, for the settings and the link addresses", () => {
    expect(Object.values(settings).filter((value) => value !== null && isUnset(value))).toEqual([]);
    expect(Object.values(links).filter((link) => link.url !== null && isUnset(link.url))).toEqual([]);
    expect(Object.values(links).some((link) => link.url === null)).toBe(true);
  });
});
