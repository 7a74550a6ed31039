import { expect, type Page } from "@playwright/test";
import { validParticipantRegistration } from "../fixtures/participant-registration";
import { validSchoolRegistration } from "../fixtures/school-registration";
import { pageStates } from "../support/page-states";
import { detail, findInList, signIn, staffAddress, test } from "../support/staff";
import { fillIn } from "../../src/lib/fill-in";
import type { FormDefinition } from "../../src/lib/forms/definition";
import { participantRegistrationForm } from "../../src/lib/forms/participant-registration";
import { schoolRegistrationForm } from "../../src/lib/forms/school-registration";
import { formWords } from "../../src/lib/form-words";
import { staffWords as words } from "../../src/lib/staff-words";

/**
 * Every state of every staff page, checked as it is reached (tests/support/page-states.ts): axe at WCAG 2.2 AA,
 * headings, no sideways scrolling at 320 px, and valid HTML. The staff function renders these pages: the
 * every-page axe test sees only the sign-in page, and the build-time HTML test only the empty built page. The
 * closed page (no STAFF_EMAILS) cannot be reached with this server, which has them.
 */

// Each state costs a request to the staff function, which the test server builds afresh for each request and
// serves one at a time to both workers.
test.describe.configure({ timeout: 240_000 });

const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const heading = (page: Page) => page.getByRole("heading", { level: 1 });

/** Sends a form as a browser without JavaScript would, and returns its reference. */
async function submit(page: Page, form: FormDefinition, answers: Record<string, string>) {
  const response = await page.request.post(form.endpoint, { form: answers });
  expect(response.url()).toContain(`${form.confirmationPage}?reference=BTSA-`);
  return new URL(response.url()).searchParams.get("reference")!;
}

/**
 * GOV.UK's error page: "Error: " before the title, the error summary focused (no script moves it there: these
 * pages have none), a link in it to each field at fault, and each field described by its message.
 */
async function expectErrorPage(page: Page, fields: string[]) {
  await expect(page).toHaveTitle(new RegExp(`^${formWords.errorPrefix}`));
  const summary = page.locator(".error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("heading", { level: 2 })).toHaveText(words.submission.errorTitle);
  await expect(summary.getByRole("link")).toHaveCount(fields.length);
  for (const field of fields) {
    await expect(summary.locator(`a[href="#${field}"]`)).toBeVisible();
    await expect(page.locator(`#${field}`)).toHaveAttribute("aria-describedby", new RegExp(`\\b${field}-error\\b`));
    await expect(page.locator(`#${field}-error`)).toBeVisible();
  }
}

test("the signed-out pages pass axe, fit 320px and are valid HTML", async ({ page }, testInfo) => {
  const { check, expectValidHtml } = pageStates(page);
  await page.goto("/staff/");
  await check("the sign-in page");

  await page.getByRole("button", { name: words.signIn.button }).click();
  await expect(heading(page)).toHaveText(words.signIn.title);
  await expectErrorPage(page, ["email"]);
  await expect(page.locator("#email-error")).toContainText(words.signIn.emailMissing);
  await check("the sign-in page with an error: no address");

  // An address that may not sign in gets the same answer, and uses up no link.
  await page.getByLabel(words.signIn.emailLabel).fill("not-staff@btsa.example");
  await page.getByRole("button", { name: words.signIn.button }).click();
  await expect(heading(page)).toHaveText(words.signIn.sentTitle);
  await check("the page saying to check your email");

  await page.goto(`/staff/sign-in/link/?token=${"x".repeat(43)}`);
  await expect(heading(page)).toHaveText(words.signIn.linkTitle);
  await check("the page a sign-in link opens");

  await page.getByRole("button", { name: words.signIn.linkButton, exact: true }).click();
  await expect(page.getByText(words.signIn.linkRefused)).toBeVisible();
  await check("a sign-in link refused");

  await page.goto("/staff/?signed-out");
  await expect(page.getByRole("status")).toHaveText(words.signIn.signedOutTitle);
  await check("the sign-in page after signing out");

  await page.goto("/staff/no-such-form/");
  await expect(heading(page)).toHaveText(words.refused.title);
  await check("a page that does not exist");

  await expectValidHtml(testInfo);
});

test("the signed-in pages pass axe, fit 320px and are valid HTML", async ({ page }, testInfo) => {
  const { check, expectValidHtml } = pageStates(page);
  const id = stamp();
  const schoolName = `Staff accessibility ${id} School`;
  const fullName = `Staff Accessibility ${id}`;
  const reference = await submit(page, schoolRegistrationForm, { ...validSchoolRegistration(), schoolName });
  const participantReference = await submit(page, participantRegistrationForm, {
    ...validParticipantRegistration(),
    fullName,
  });
  const s = words.submission;

  await signIn(page, staffAddress("accessibility", testInfo));
  await check("the dashboard");

  await page.getByRole("link", { name: words.forms["participant-registration"], exact: true }).click();
  await findInList(page, fullName, participantReference);
  await check("a list with a training group column, filtered");
  await page.getByRole("link", { name: participantReference, exact: true }).click();
  await expect(page.getByText(s.noGroups)).toBeVisible();
  await check("a participant's submission, with no training groups to choose from");

  await page.goto("/staff/school-registration/");
  await expect(page.getByRole("table")).toBeVisible();
  await check("a list with rows");
  await page.getByLabel(words.list.searchLabel).fill(`No such school ${id}`);
  await page.getByRole("button", { name: words.list.apply }).click();
  await expect(page.getByText(words.list.none)).toBeVisible();
  await check("a list filtered to nothing");
  await findInList(page, schoolName, reference);

  await page.getByRole("link", { name: reference, exact: true }).click();
  await expect(heading(page)).toHaveText(fillIn(s.title, { form: words.forms["school-registration"], reference }));
  await check("a submission");
  const submissionPage = page.url();

  await page.getByRole("radio", { name: words.statuses.done }).check();
  await page.getByRole("button", { name: s.saveStatus }).click();
  await expect(page.getByRole("status")).toHaveText(s.saved);
  await check("a submission with a notice");

  // The textarea stops at the limit; a browser that ignores maxlength (or an old one) sends more.
  const note = page.getByLabel(s.noteLabel);
  await note.evaluate((textarea) => textarea.removeAttribute("maxlength"));
  await note.fill("x".repeat(2_001));
  await page.getByRole("button", { name: s.saveNote }).click();
  await expectErrorPage(page, ["note"]);
  await expect(detail(page, s.note)).toHaveText(s.nothing);
  await check("a submission with an error: a note too long");

  await page.getByRole("link", { name: s.delete }).click();
  await expect(heading(page)).toHaveText(fillIn(words.deletion.title, { reference }));
  await check("the page confirming a deletion");

  await page.getByRole("button", { name: words.deletion.confirm }).click();
  await expect(page.getByRole("status")).toHaveText(fillIn(words.list.deleted, { reference }));
  await check("a list after a deletion");

  await page.goto(submissionPage);
  await expect(heading(page)).toHaveText(s.missing);
  await check("a submission that has been deleted");

  await expectValidHtml(testInfo);
});
