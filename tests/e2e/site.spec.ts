import { expect, test } from "@playwright/test";
import { builtPagePaths, contentPagePaths } from "../support/site-pages";

test.describe("every page", () => {
  for (const path of builtPagePaths()) {
    test(`${path} has a title, description, canonical URL, Open Graph tags and a last-reviewed date`, async ({
      page,
    }) => {
      await page.goto(path);
      await expect(page).toHaveTitle(/\S/);
      for (const selector of [
        'meta[name="description"]',
        'meta[property="og:title"]',
        'meta[property="og:description"]',
        'meta[property="og:url"]',
      ]) {
        await expect(page.locator(selector)).toHaveAttribute("content", /\S{3,}/);
      }
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /^https?:\/\/.+\/$|\.html$/);
      if (!/^\/(search|404)/.test(path))
        await expect(page.locator(".last-reviewed time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
    });
  }
});

test("every internal link and asset resolves", async ({ page, request }) => {
  // Every page in turn, and functions serve some (the confirmation pages, the "Which steps apply?" questions, the
  // search page), which the test server builds for each request: seconds each on 2 busy cores.
  test.setTimeout(120_000);
  const targets = new Set<string>();
  for (const path of builtPagePaths()) {
    await page.goto(path);
    const hrefs = await page
      .locator("a[href], link[href], img[src]")
      .evaluateAll((elements) =>
        elements.map((element) => element.getAttribute("href") ?? element.getAttribute("src") ?? ""),
      );
    for (const href of hrefs) {
      const url = new URL(href, page.url());
      if (url.origin === new URL(page.url()).origin) targets.add(url.pathname);
    }
    // Anchors within the site must point at an element that exists.
    const brokenAnchors = await page
      .locator('a[href^="#"]')
      .evaluateAll((links) =>
        links
          .map((link) => link.getAttribute("href")!)
          .filter((href) => href.length > 1 && !document.getElementById(href.slice(1))),
      );
    expect(brokenAnchors, `broken anchors on ${path}`).toEqual([]);
  }
  expect(targets.size).toBeGreaterThan(20);
  for (const target of targets) {
    const response = await request.get(target);
    expect(response.status(), target).toBe(200);
  }
});

test.describe("content pages ship no JavaScript", () => {
  for (const path of contentPagePaths()) {
    test(path, async ({ page }) => {
      const scripts: string[] = [];
      page.on("request", (request) => {
        if (request.resourceType() === "script") scripts.push(request.url());
      });
      await page.goto(path);
      const executable = await page
        .locator("script")
        .evaluateAll(
          (elements) => elements.filter((script) => script.getAttribute("type") !== "application/ld+json").length,
        );
      expect(executable).toBe(0);
      expect(scripts).toEqual([]);
    });
  }
});

test("an unknown address shows the not-found page with status 404", async ({ page }) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});
