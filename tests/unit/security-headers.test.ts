import { describe, expect, it } from "vitest";
import { SECURITY_HEADERS } from "../../functions/lib/security-headers";
import { headerRules } from "../../scripts/lib/netlify-toml.ts";

/** The header values of netlify.toml's `for = "/*"` block. */
const netlifyTomlHeaders = () => headerRules().find((rule) => rule.for === "/*")?.values;

describe("security headers", () => {
  it("are the same on static files (netlify.toml) and function responses", () => {
    expect(netlifyTomlHeaders()).toEqual(SECURITY_HEADERS);
  });

  it("forbid framing and plugins, and keep forms posting to this site", () => {
    expect(SECURITY_HEADERS["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(SECURITY_HEADERS["Content-Security-Policy"]).toContain("form-action 'self'");
    expect(SECURITY_HEADERS["X-Content-Type-Options"]).toBe("nosniff");
  });
});
