/**
 * "Which steps apply to my school?" in Chromium, with JavaScript on and off (the pages ship none, so both must work
 * the same): every path through the questions to its outcome, the Back and Change links, and the error when
 * Continue is pressed with nothing chosen.
 */
import { expect, test, type Page } from "@playwright/test";
import { whichSteps } from "../../src/lib/which-steps/flow";

const { words } = whichSteps;
const question = (id: string) => whichSteps.questions.find((each) => each.id === id)!;
const outcome = (id: string) => whichSteps.outcomes.find((each) => each.id === id)!;
/** An answer's words, as the radio's accessible name. */
const label = (questionId: string, value: string) =>
  question(questionId).answers.find((answer) => answer.value === value)!.label;

/** Each path through the questions: the answers chosen, in order, and the outcome it ends at. */
const paths = [
  { answers: [["school", "new-to-ects"]], outcome: "new-to-ects" },
  { answers: [["school", "changing-lead-provider"]], outcome: "changing-lead-provider" },
  {
    answers: [
      ["school", "already-with-lead-provider"],
      ["registering", "new-ects-or-mentors"],
    ],
    outcome: "new-ects-or-mentors",
  },
  {
    answers: [
      ["school", "already-with-lead-provider"],
      ["registering", "second-year-only"],
    ],
    outcome: "second-year-only",
  },
] as const;

/** Chooses an answer of the question on the page and presses Continue. */
async function answer(page: Page, questionId: string, value: string) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(question(questionId).question);
  await page.getByRole("radio", { name: label(questionId, value), exact: true }).check();
  await page.getByRole("button", { name: words.continue }).click();
}

/** Expects the outcome's own page, at its address. */
async function expectOutcome(page: Page, id: string) {
  await expect(page).toHaveURL(`/which-steps/${id}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(outcome(id).title);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    for (const path of paths) {
      test(`from the home page, ${path.answers.map(([, value]) => value).join(" then ")} leads to the steps for ${path.outcome}`, async ({
        page,
      }) => {
        await page.goto("/");
        await page.getByRole("link", { name: whichSteps.title }).click();
        for (const [questionId, value] of path.answers) await answer(page, questionId, value);
        await expectOutcome(page, path.outcome);
        await expect(page.locator(".step-list > li")).toHaveCount(outcome(path.outcome).steps.length);
      });
    }

    test("Back goes to the question before with its answer chosen, and from the first question to the home page", async ({
      page,
    }) => {
      await page.goto("/which-steps/");
      await answer(page, "school", "already-with-lead-provider");
      await expect(page).toHaveURL("/which-steps/question/registering/");
      await page.getByRole("link", { name: words.back }).click();
      await expect(page.getByRole("radio", { name: label("school", "already-with-lead-provider") })).toBeChecked();
      await page.getByRole("link", { name: words.back }).click();
      await expect(page).toHaveURL("/");
    });

    test("a Change link shows the question with the answer given, and a new answer leads to the other outcome", async ({
      page,
    }) => {
      await page.goto("/which-steps/new-ects-or-mentors/");
      const changes = page.getByRole("link", { name: new RegExp(`^${words.change} `) });
      await expect(changes).toHaveCount(2);
      await changes.nth(1).click();
      await expect(page.getByRole("radio", { name: label("registering", "new-ects-or-mentors") })).toBeChecked();
      await answer(page, "registering", "second-year-only");
      await expectOutcome(page, "second-year-only");

      await page.getByRole("link", { name: new RegExp(`^${words.change} .*${question("school").question}`) }).click();
      await expect(page.getByRole("radio", { name: label("school", "already-with-lead-provider") })).toBeChecked();
      await answer(page, "school", "changing-lead-provider");
      await expectOutcome(page, "changing-lead-provider");
    });

    test("Continue with nothing chosen shows the question again with GOV.UK's error summary, in focus", async ({
      page,
    }) => {
      await page.goto("/which-steps/question/registering/");
      await page.getByRole("button", { name: words.continue }).click();
      const summary = page.locator(".error-summary");
      await expect(summary).toBeFocused();
      await expect(page).toHaveTitle(new RegExp(`^Error: ${question("registering").question}`));
      const link = summary.getByRole("link", { name: question("registering").error });
      await expect(link).toHaveAttribute("href", "#registering");
      await expect(page.getByRole("group", { name: question("registering").question })).toHaveAccessibleDescription(
        `Error: ${question("registering").error}`,
      );
      // The answer is still asked at the same address: choosing one goes on.
      await answer(page, "registering", "new-ects-or-mentors");
      await expectOutcome(page, "new-ects-or-mentors");
    });
  });
}
