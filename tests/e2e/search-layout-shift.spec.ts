import { expect, test, type Page } from "@playwright/test";

/**
 * Results arrive after the search page has painted (Pagefind loads, searches, then fetches each result), so
 * whatever they push down moves on screen: Lighthouse counts that as layout shift (CLS) against the page.
 * Lighthouse's own limit for a good page is 0.1.
 */
const goodCls = 0.1;

/**
 * The page's layout shift so far, summed as the browser reported it to a buffered `layout-shift` observer;
 * shifts right after the user's own input are expected by them and do not count, as in Lighthouse.
 */
const layoutShiftSoFar = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        type LayoutShift = PerformanceEntry & { value: number; hadRecentInput: boolean };
        let total = 0;
        const add = (entries: PerformanceEntry[]) => {
          for (const entry of entries as LayoutShift[]) if (!entry.hadRecentInput) total += entry.value;
        };
        const observer = new PerformanceObserver((list) => add(list.getEntries()));
        observer.observe({ type: "layout-shift", buffered: true });
        // Two frames on, every layout so far has been reported; what the callback has not had yet is in the queue.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            add(observer.takeRecords());
            observer.disconnect();
            resolve(total);
          }),
        );
      }),
  );

/** Measures the layout shift so far and records it on the test (the JSON report shows it), then checks it. */
async function expectLittleLayoutShift(page: Page) {
  const cls = await layoutShiftSoFar(page);
  test.info().annotations.push({ type: "layout shift", description: cls.toFixed(4) });
  expect(cls).toBeLessThan(goodCls);
}

/** Opens a search and waits until its outcome shows: the count announced and, if any, the results drawn. */
async function openSearch(page: Page, query: string) {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole("status")).not.toBeEmpty();
}

const screens = [
  { name: "on a phone (Lighthouse's mobile screen)", use: { viewport: { width: 412, height: 823 }, isMobile: true } },
  { name: "on a laptop", use: { viewport: { width: 1280, height: 720 } } },
];

for (const screen of screens) {
  test.describe(screen.name, () => {
    test.use(screen.use);

    test("results arriving do not shift the search page's layout", async ({ page }) => {
      await openSearch(page, "register");
      await expect(page.locator(".search-result").first()).toBeVisible();
      await expectLittleLayoutShift(page);
    });

    test("a search with no results does not shift the search page's layout", async ({ page }) => {
      await openSearch(page, "xylophone");
      await expect(page.locator("#search-help")).not.toBeEmpty();
      await expectLittleLayoutShift(page);
    });
  });
}
