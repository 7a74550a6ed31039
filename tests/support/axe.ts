import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";
import { WCAG_TAGS } from "./wcag";

/** Asserts that axe finds nothing at WCAG 2.2 AA on the page as it stands. */
export async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(
    violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`),
  ).toEqual([]);
}

/**
 * axe needs script, so a page seen with JavaScript off is checked as a copy: the same HTML served at the
 * same address in a context where scripts may run but the site's own bundles are blocked (so nothing
 * hydrates and changes the state under test).
 */
export async function expectNoAxeViolationsWithoutScript(browser: Browser, page: Page) {
  const html = await page.content();
  const context = await browser.newContext({ javaScriptEnabled: true });
  try {
    const copy = await context.newPage();
    await copy.route("**/_astro/*.js", (route) => route.abort());
    await copy.route(page.url(), (route) => route.fulfill({ body: html, contentType: "text/html; charset=utf-8" }));
    await copy.goto(page.url());
    await expectNoAxeViolations(copy);
  } finally {
    await context.close();
  }
}
