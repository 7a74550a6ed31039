import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { builtPagePaths } from "../support/site-pages";
import { WCAG_TAGS } from "../support/wcag";

for (const path of builtPagePaths()) {
  test.describe(`page ${path}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(path);
    });

    test("has no axe violations at WCAG 2.2 AA", async ({ page }) => {
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
    });

    test("has exactly one h1 and no skipped heading levels", async ({ page }) => {
      const levels = await page
        .locator("h1, h2, h3, h4, h5, h6")
        .evaluateAll((headings) => headings.map((heading) => Number(heading.tagName[1])));
      expect(levels.filter((level) => level === 1)).toHaveLength(1);
      expect(levels[0]).toBe(1);
      levels.forEach((level, index) => {
        if (index > 0)
          expect(level, `heading ${index + 1} follows an h${levels[index - 1]}`).toBeLessThanOrEqual(
            levels[index - 1]! + 1,
          );
      });
    });
  });
}
