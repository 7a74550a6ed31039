/**
 * Checks each state a test brings a page to, for pages a function renders (which the build-time HTML test does
 * not see): axe at WCAG 2.2 AA, one h1 and no skipped heading level, no sideways scrolling at 320 px (a table
 * may scroll inside its own wrapper), and the HTML the server sent, by the W3C Nu HTML Checker. The HTML is kept
 * as each state is reached and checked in one run at the end: Java takes a second or two to start.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { expect, test, type Page, type Response, type TestInfo } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { checkHtmlFiles, describeMessage, isFailure } from "./nu-html-checker";

/** The narrowest phone screen WCAG's reflow criterion (1.4.10) asks a page to fit without sideways scrolling. */
const NARROWEST = 320;

export function pageStates(page: Page) {
  const states: { state: string; html: string }[] = [];
  let shown: Response | undefined;
  page.on("response", (response) => {
    const request = response.request();
    if (request.isNavigationRequest() && request.frame() === page.mainFrame() && !request.redirectedTo())
      shown = response;
  });

  return {
    /** Checks the page as it stands, as `state`. */
    check: (state: string) =>
      test.step(state, async () => {
        expect(shown?.url(), "the response the page shows").toBe(page.url());
        states.push({ state, html: await shown!.text() });
        await expectNoAxeViolations(page);
        const levels = await page
          .locator("h1, h2, h3, h4, h5, h6")
          .evaluateAll((headings) => headings.map((heading) => Number(heading.tagName[1])));
        expect(
          levels.filter((level) => level === 1),
          "one h1",
        ).toHaveLength(1);
        expect(
          levels.every((level, index) => index === 0 || level <= levels[index - 1]! + 1),
          `no heading level skipped: ${levels.join(", ")}`,
        ).toBe(true);
        const { width, height } = page.viewportSize()!;
        await page.setViewportSize({ width: NARROWEST, height });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `sideways scrolling at ${NARROWEST}px`).toBeLessThanOrEqual(0);
        await page.setViewportSize({ width, height });
      }),

    /** Checks the HTML of every state so far with one run of the W3C Nu HTML Checker; each state fails on its own. */
    expectValidHtml: (testInfo: TestInfo) =>
      test.step("the HTML of each state is valid", async () => {
        const folder = testInfo.outputPath("html");
        await mkdir(folder, { recursive: true });
        const files = await Promise.all(
          states.map(async ({ html }, index) => {
            const file = `${folder}/state-${index + 1}.html`;
            await writeFile(file, html);
            return file;
          }),
        );
        const messages = checkHtmlFiles(files);
        states.forEach(({ state }, index) => {
          const failures = messages.get(files[index]!)!.filter(isFailure).map(describeMessage);
          expect.soft(failures, `${state} (${files[index]})`).toEqual([]);
        });
      }),
  };
}
