import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";

test.describe("on a 320px phone", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("every navigation link is visible and the page does not scroll sideways", async ({ page }) => {
    await page.goto("/guidance/timeline/");
    const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
    expect(await links.count()).toBeGreaterThanOrEqual(5);
    for (const link of await links.all()) await expect(link).toBeInViewport();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("a navigation link takes the user to its page", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "FAQ" }).click();
    await expect(page).toHaveURL(/\/faq\/$/);
    await expect(page.getByRole("link", { name: "FAQ" }).first()).toHaveAttribute("aria-current", "page");
  });
});

test("at 200% zoom the guidance stays on screen without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 400 }); // 1280px wide at 200%
  await page.goto("/guidance/register-ects-and-mentors/");
  await page.evaluate(() => (document.body.style.zoom = "2"));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("the skip link is the first thing keyboard users reach and moves focus to the main content", async ({ page }) => {
  await page.goto("/guidance/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("the timeline is an ordered list of steps, each saying who does what and when", async ({ page }) => {
  await page.goto("/guidance/timeline/");
  const steps = page.locator("ol.timeline > li");
  await expect(steps).toHaveCount(6);
  await expect(steps.first()).toContainText("Step 1");
  await expect(steps.first()).toContainText("Induction tutor");
  await expect(steps.first()).toContainText("When:");
});

test("the FAQ page carries FAQPage structured data for every question on it", async ({ page }) => {
  await page.goto("/faq/");
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(data["@type"]).toBe("FAQPage");
  const questions = await page.locator(".faq-item h3").allTextContents();
  expect(questions.length).toBeGreaterThanOrEqual(12);
  expect(data.mainEntity.map((q: { name: string }) => q.name)).toEqual(questions);
  for (const entry of data.mainEntity) expect(entry.acceptedAnswer.text).not.toMatch(/<\w|\[|\]\(/);
});

test("each FAQ question has a stable anchor that the page scrolls to", async ({ page }) => {
  await page.goto("/faq/#do-second-year-ects-re-register");
  await expect(page.locator("#do-second-year-ects-re-register")).toBeInViewport();
});

test("a link whose address is not known yet reads as text with a note, not as a dead link", async ({ page }) => {
  await page.goto("/guidance/check-data/");
  await expect(page.locator("main")).toContainText("DfE Check Data Service - ECTs and ECMs (to follow)");
  await expect(page.getByRole("link", { name: /Check Data Service/ })).toHaveCount(0);
});

test("the contact page gives the phone number as a tap-to-call link", async ({ page }) => {
  await page.goto("/contact/");
  await expect(page.getByRole("link", { name: "01268 754137" })).toHaveAttribute("href", "tel:01268754137");
});

test("robots.txt and the sitemap list the site's pages, but not those kept out of search engines", async ({
  request,
}) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Sitemap: ");
  const sitemap = await (await request.get("/sitemap-0.xml")).text();
  expect(sitemap).toContain("/guidance/timeline/");
  expect(sitemap).toContain("/register/school/</loc>");
  expect(sitemap).not.toContain("404");
  // The confirmation pages answer with X-Robots-Tag: noindex.
  for (const path of ["/register/school/confirmation/", "/register/participant/confirmation/", "/contact/sent/"])
    expect(sitemap).not.toContain(`${path}</loc>`);
  // Nor is the staff area (noindex too), which robots.txt does not name either: naming it would point to it.
  expect(sitemap).not.toContain("/staff/");
  expect(robots).not.toContain("/staff");
  // Its built page, which the staff function fills, is out of the search index: it has no data-pagefind-body.
  const staffPage = await readFile("dist/staff/index.html", "utf8");
  expect(staffPage).toContain('<meta name="robots" content="noindex, nofollow">');
  expect(staffPage).not.toContain("data-pagefind-body");
});
