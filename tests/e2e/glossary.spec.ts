import { expect, test } from "@playwright/test";
import glossaryFile from "../../content/glossary.json" with { type: "json" };
import { termAnchor } from "../../src/lib/glossary";

const terms = glossaryFile.terms;

test("the footer of every page links to the glossary", async ({ page }) => {
  await page.goto("/faq/canvas-access/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Glossary" }).click();
  await expect(page).toHaveURL(/\/glossary\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Glossary");
});

test("the guidance index links to the glossary", async ({ page }) => {
  await page.goto("/guidance/");
  await page.getByRole("main").getByRole("link", { name: "glossary" }).click();
  await expect(page).toHaveURL(/\/glossary\/$/);
});

test("each term is a heading with its abbreviations, its meaning and its source", async ({ page }) => {
  await page.goto("/glossary/");
  for (const { term, abbreviations, meaning } of terms) {
    const heading = page.locator(`h2#${termAnchor(term)}`);
    await expect(heading).toHaveText(abbreviations.length ? `${term} (${abbreviations.join(", ")})` : term);
    const entry = page.locator(".glossary-term", { has: heading });
    await expect(entry).toContainText(meaning);
    await expect(entry.locator(".glossary-term__source")).toContainText("Source:");
  }
  await expect(page.locator(".glossary-term")).toHaveCount(terms.length);
});

test("other names are shown, and a source whose address is not known yet reads as text with a note", async ({
  page,
}) => {
  await page.goto("/glossary/");
  const teacher = page.locator(".glossary-term", { has: page.locator("h2#early-career-teacher") });
  await expect(teacher).toContainText("Also called: newly qualified teacher, NQT");
  const leadProvider = page.locator(".glossary-term", { has: page.locator("h2#lead-provider") });
  await expect(leadProvider.locator(".glossary-term__source")).toContainText("(to follow)");
  await expect(leadProvider.locator(".glossary-term__source a")).toHaveCount(0);
  const trn = page.locator(".glossary-term", { has: page.locator("h2#teacher-reference-number") });
  await expect(trn.getByRole("link", { name: "Teacher reference number (TRN)" })).toHaveAttribute(
    "href",
    "https://www.gov.uk/guidance/teacher-reference-number-trn",
  );
});

test("each term's anchor can be linked to: opened from elsewhere, the page scrolls to its entry", async ({ page }) => {
  for (const { term } of terms) {
    const anchor = termAnchor(term);
    await page.goto("/faq/");
    await page.goto(`/glossary/#${anchor}`);
    await expect(page.locator(`#${anchor}`)).toBeInViewport();
  }
});

test("the sitemap lists the glossary", async ({ request }) => {
  expect(await (await request.get("/sitemap-0.xml")).text()).toContain("/glossary/</loc>");
});

test("searching for an abbreviation finds the pages that spell it out, and the glossary's entry", async ({ page }) => {
  await page.goto("/search/?q=VLE");
  await expect(page.getByRole("status")).not.toBeEmpty();
  const titles = page.locator(".search-result__title a");
  await expect(titles.first()).toHaveAttribute("href", /^\/faq\/canvas-access\//);
  await expect(titles.first()).toHaveAttribute("href", /Virtual(%20|-,)Learning(%20|-,)Environment/);
  const glossaryResult = page.locator(".search-result", { has: page.locator('a[href^="/glossary/"]') });
  await expect(glossaryResult).toHaveCount(1);
  const entry = glossaryResult.locator(".search-result__headings a").first();
  await expect(entry).toHaveText("Virtual learning environment (VLE)");
  await entry.click();
  await expect(page).toHaveURL(/\/glossary\/#virtual-learning-environment/);
  await expect(page.locator("#virtual-learning-environment")).toBeInViewport();
});
