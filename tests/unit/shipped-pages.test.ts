import { existsSync } from "node:fs";
import { matchesGlob } from "node:path";
import { describe, expect, it } from "vitest";
import { config as confirmationPageConfig } from "../../functions/confirmation-page";
import { allForms, pagesFunctionsRead } from "../../src/lib/forms/all-forms";
import { SEARCH_PAGE, SHIPPED_SEARCH_INDEX_DIR, shippedPageFile } from "../../src/lib/forms/shipped-pages";
import { includedFiles } from "../../scripts/lib/netlify-toml.ts";

describe.each(allForms)("the pages of the $id form", (form) => {
  it.each([form.page, form.confirmationPage])("%s is read by the functions and ships with them", (path) => {
    expect(pagesFunctionsRead).toContain(path);
    const file = shippedPageFile(path);
    expect(includedFiles().some((glob) => matchesGlob(file, glob))).toBe(true);
    // The unit suite runs after the build, which copies the pages there.
    expect(existsSync(file), `${file} was not built`).toBe(true);
  });

  it("routes its confirmation page to the confirmation page function", () => {
    const paths = [confirmationPageConfig.path ?? []].flat();
    const routed = (pathname: string) => paths.some((path) => new URLPattern({ pathname: path }).test({ pathname }));
    expect(routed(form.confirmationPage)).toBe(true);
    expect(routed(form.confirmationPage.replace(/\/$/, ""))).toBe(true);
  });
});

it("ships no page by name in netlify.toml: the build derives them from the form definitions", () => {
  expect(includedFiles()).toEqual(["function-pages/**"]);
});

describe("the search function's files", () => {
  it("the search page is read by the functions and ships with them", () => {
    expect(pagesFunctionsRead).toContain(SEARCH_PAGE);
    expect(includedFiles().some((glob) => matchesGlob(shippedPageFile(SEARCH_PAGE), glob))).toBe(true);
    expect(existsSync(shippedPageFile(SEARCH_PAGE)), "the search page was not built").toBe(true);
  });

  it.each(["pagefind.js", "pagefind-entry.json", "package.json"])("the search index's %s ships with them", (name) => {
    const file = `${SHIPPED_SEARCH_INDEX_DIR}/${name}`;
    expect(includedFiles().some((glob) => matchesGlob(file, glob))).toBe(true);
    expect(existsSync(file), `${file} was not built`).toBe(true);
  });
});
