import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { adminPage } from "../../src/lib/editor/admin-page";
import { githubBackend, githubRepository } from "../../src/lib/editor/backend";
import { headerRules } from "../../scripts/lib/netlify-toml";

describe("the editor's GitHub repository, from Netlify's REPOSITORY_URL", () => {
  it.each([
    ["https://github.com/btsa/ecf-site", "btsa/ecf-site"],
    ["https://github.com/btsa/ecf-site.git", "btsa/ecf-site"],
    ["git@github.com:btsa/ecf-site.git", "btsa/ecf-site"],
    // Netlify's build may put an access token in the address: only the owner and name may reach the page.
    ["https://x-access-token:v1.5c3b6b345a27a4a6@github.com/btsa/ecf-site", "btsa/ecf-site"],
  ])("%s is %s", (address, repository) => {
    expect(githubRepository(address)).toBe(repository);
  });

  it.each([
    undefined,
    "",
    "https://gitlab.com/btsa/ecf-site",
    "https://github.com/btsa",
    "https://github.com.evil.example/a/b",
  ])("%s is none", (address) => {
    expect(githubRepository(address)).toBeNull();
  });

  it("signs in through Netlify and saves to the branch Netlify builds", () => {
    expect(githubBackend("btsa/ecf-site", "main")).toMatchObject({
      name: "github",
      repo: "btsa/ecf-site",
      branch: "main",
      base_url: "https://api.netlify.com",
    });
  });
});

describe("the editor's page", () => {
  it("is never indexed, loads Decap and its configuration from the site itself", () => {
    const page = adminPage({ organisationName: "BTSA", repository: "btsa/ecf-site" });
    expect(page).toContain('<meta name="robots" content="noindex, nofollow" />');
    expect(page).toContain('<script type="module" src="/admin/start.js"></script>');
    expect(page).toContain('<link rel="cms-config-url" type="text/yaml" href="/admin/config.yml" />');
    expect(page).not.toMatch(/https?:\/\//);
    expect(page).not.toContain('role="note"');
  });

  it("says when it cannot save online, built outside Netlify", () => {
    expect(adminPage({ organisationName: "BTSA", repository: null })).toContain("cannot save online");
  });

  it("has its own CSP and noindex header for /admin/ only, after the site's rule so that it wins there", () => {
    const rules = headerRules();
    const site = rules.findIndex((rule) => rule.for === "/*");
    const editor = rules.findIndex((rule) => rule.for === "/admin/*");
    expect(editor).toBeGreaterThan(site);
    expect(rules[editor]!.values["X-Robots-Tag"]).toBe("noindex, nofollow");
    expect(rules[editor]!.values["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    // The site's own pages keep a policy without eval.
    expect(rules[site]!.values["Content-Security-Policy"]).not.toContain("unsafe-eval");
  });

  it("is kept out of robots.txt's allowed paths and out of the sitemap; the build wrote it with Decap's files", () => {
    expect(readFileSync("dist/robots.txt", "utf8")).toContain("Disallow: /admin/");
    expect(readFileSync("dist/sitemap-0.xml", "utf8")).not.toContain("/admin/");
    expect(readFileSync("dist/admin/index.html", "utf8")).toContain("start.js");
    // start.js loads Decap only once it has told it to wait, so that the site's JSON format is registered first.
    const start = readFileSync("dist/admin/start.js", "utf8");
    expect(start).toContain("CMS_MANUAL_INIT");
    expect(start).toContain("decap-cms.js");
    expect(start).toContain('"json-in-field-order"');
    expect(readFileSync("dist/admin/decap-cms.js", "utf8").length).toBeGreaterThan(1_000_000);
  });
});
