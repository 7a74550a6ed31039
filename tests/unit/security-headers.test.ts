import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SECURITY_HEADERS } from "../../functions/lib/security-headers";

/** The header values of netlify.toml's `for = "/*"` block. */
function netlifyTomlHeaders(): Record<string, string> {
  const toml = readFileSync("netlify.toml", "utf8");
  const block =
    toml
      .split("[[headers]]")
      .find((part) => /for = "\/\*"/.test(part))
      ?.split("[headers.values]")[1] ?? "";
  return Object.fromEntries([...block.matchAll(/^\s+([A-Za-z-]+) = "(.*)"$/gm)].map((match) => [match[1], match[2]]));
}

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
