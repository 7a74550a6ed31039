import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/** The WCAG 2.0, 2.1 and 2.2 A and AA rules (as in every-page.spec.ts; a spec file cannot import another's tests). */
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
}

test.describe("the search page", () => {
  test("with results showing has no axe violations at WCAG 2.2 AA", async ({ page }) => {
    await page.goto("/search/?q=dashboard");
    await expect(page.locator(".search-result")).toHaveCount(5);
    expect(await violations(page)).toEqual([]);
  });

  test("with results narrowed to a section and more to load has no axe violations", async ({ page }) => {
    await page.goto("/search/?q=ECTs&section=FAQ");
    await expect(page.getByRole("button", { name: "Show more results" })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test("with no results has no axe violations at WCAG 2.2 AA", async ({ page }) => {
    await page.goto("/search/?q=xylophone");
    await expect(page.getByRole("status")).toHaveText("No results for “xylophone”");
    expect(await violations(page)).toEqual([]);
  });

  test("with results has one h1, then an h2 for each result", async ({ page }) => {
    await page.goto("/search/?q=welcome%20pack");
    await expect(page.locator(".search-result").first()).toBeVisible();
    const count = await page.locator(".search-result").count();
    expect(count).toBeGreaterThanOrEqual(5);
    const levels = await page
      .locator("h1, h2, h3, h4, h5, h6")
      .evaluateAll((headings) => headings.map((h) => h.tagName));
    expect(levels).toEqual(["H1", ...Array(count).fill("H2")]);
  });

  test("labels its search field visibly", async ({ page }) => {
    await page.goto("/search/");
    const label = page.locator("label[for='search-q']");
    await expect(label).toBeVisible();
    await expect(label).toHaveText("Search the guidance, FAQ and resources");
    await expect(page.getByRole("searchbox", { name: "Search the guidance, FAQ and resources" })).toBeVisible();
  });

  test("keeps the live region to the count: the status is polite and the results are outside it", async ({ page }) => {
    await page.goto("/search/?q=dashboard");
    const region = page.getByRole("status");
    await expect(region).toHaveText("5 results for “dashboard”");
    expect(await region.getAttribute("aria-live")).not.toBe("assertive");
    await expect(page.locator("[role=status] .search-result, [aria-live] .search-result")).toHaveCount(0);
  });
});
