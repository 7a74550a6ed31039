import { writeFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { expectNoAxeViolationsWithoutScript } from "../support/axe";
import { checkHtmlFiles, describeMessage, isFailure } from "../support/nu-html-checker";

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

/**
 * The search page as the search function writes it, for a query: with results, with none, and narrowed to a section
 * with "Show more results" to follow. Each is checked as a browser without JavaScript shows it and, with JavaScript,
 * once the page's script has taken it over (the HTML then is the page as it stands, which the script changed).
 */
const served = [
  { state: "with results", path: "/search/?q=dashboard", status: "5 results for “dashboard”" },
  { state: "with no results", path: "/search/?q=xylophone", status: "No results for “xylophone”" },
  {
    state: "narrowed to a section, with more to show",
    path: "/search/?q=ECTs&section=FAQ",
    status: "13 results for “ECTs” in FAQ",
  },
];

/** Checks HTML with the W3C Nu HTML Checker, failing with its messages. */
async function expectValidHtml(html: string, testInfo: TestInfo) {
  const file = testInfo.outputPath("page.html");
  await writeFile(file, html);
  expect(checkHtmlFiles([file]).get(file)!.filter(isFailure).map(describeMessage)).toEqual([]);
}

/** One h1, then an h2 for each result (and no other heading). */
async function expectResultHeadings(page: Page) {
  const count = await page.locator(".search-result").count();
  const levels = await page.locator("h1, h2, h3, h4, h5, h6").evaluateAll((headings) => headings.map((h) => h.tagName));
  expect(levels).toEqual(["H1", ...Array<string>(count).fill("H2")]);
}

test.describe("the search page the search function writes, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const { state, path, status } of served) {
    test(`${state}: no axe violations, its headings, and valid HTML`, async ({ browser, page }, testInfo) => {
      const response = await page.goto(path);
      await expect(page.getByRole("status")).toHaveText(status);
      await expectNoAxeViolationsWithoutScript(browser, page);
      await expectResultHeadings(page);
      await expectValidHtml(await response!.text(), testInfo);
    });
  }
});

test.describe("the search page the search function writes, taken over by its script", () => {
  for (const { state, path, status } of served) {
    test(`${state}: no axe violations, its headings, and valid HTML`, async ({ page }, testInfo) => {
      await page.goto(path);
      await page.waitForFunction(() => performance.getEntriesByName("search:adopted").length > 0);
      await expect(page.getByRole("status")).toHaveText(status);
      expect(await violations(page)).toEqual([]);
      await expectResultHeadings(page);
      await expectValidHtml(
        `<!doctype html>\n${await page.locator("html").evaluate((html) => html.outerHTML)}`,
        testInfo,
      );
    });
  }

  test("after a search typed on the page: no axe violations, and valid HTML", async ({ page }, testInfo) => {
    await page.goto("/search/?q=dashboard");
    await page.waitForFunction(() => performance.getEntriesByName("search:adopted").length > 0);
    await page.getByLabel("Search the guidance, FAQ and resources").fill("ECTs");
    await expect(page.getByRole("status")).toHaveText("31 results for “ECTs”");
    await page.getByRole("button", { name: "Show more results" }).click();
    await expect(page.locator(".search-result")).toHaveCount(20);
    expect(await violations(page)).toEqual([]);
    await expectResultHeadings(page);
    await expectValidHtml(
      `<!doctype html>\n${await page.locator("html").evaluate((html) => html.outerHTML)}`,
      testInfo,
    );
  });
});
