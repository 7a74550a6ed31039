/**
 * axe at WCAG 2.2 AA on every state of "Which steps apply to my school?", with JavaScript on and off: each question
 * as first shown, with an answer chosen (a Back or Change link) and with its error, and each outcome. The built
 * pages are also in every-page.spec.ts; the states only the function writes are here.
 */
import { expect, test, type Page } from "@playwright/test";
import { questionPath, whichSteps } from "../../src/lib/which-steps/flow";
import { expectNoAxeViolations, expectNoAxeViolationsWithoutScript } from "../support/axe";

/** A state of a page: its name, and how a browser gets there. */
const states: { name: string; open: (page: Page) => Promise<unknown> }[] = [
  ...whichSteps.questions.flatMap((question) => {
    const path = questionPath(question.id);
    const chosen = question.answers.at(-1)!.value;
    return [
      { name: `the question ${path}`, open: (page: Page) => page.goto(path) },
      {
        name: `the question ${path} with an answer chosen`,
        open: (page: Page) => page.goto(`${path}?${question.id}=${chosen}`),
      },
      {
        name: `the question ${path} showing its error`,
        open: async (page: Page) => {
          await page.goto(path);
          await page.getByRole("button", { name: whichSteps.words.continue }).click();
          await expect(page.locator(".error-summary")).toBeVisible();
        },
      },
    ];
  }),
  ...whichSteps.outcomes.map((outcome) => ({
    name: `the outcome /which-steps/${outcome.id}/`,
    open: (page: Page) => page.goto(`/which-steps/${outcome.id}/`),
  })),
];

// Each function-served page is built by @netlify/dev for its request (tests/support/serve.ts): seconds each on 2
// busy cores, so a state that takes two of them needs more than the default 30 s.
test.describe.configure({ timeout: 60_000 });

for (const { name, open } of states) {
  test(`${name} has no axe violations at WCAG 2.2 AA with JavaScript on`, async ({ page }) => {
    await open(page);
    await expectNoAxeViolations(page);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test(`${name} has no axe violations at WCAG 2.2 AA with JavaScript off`, async ({ page, browser }) => {
      await open(page);
      await expectNoAxeViolationsWithoutScript(browser, page);
    });
  });
}
