import { expect, test } from "@playwright/test";
import { validSchoolRegistration } from "../fixtures/school-registration";
import { expectNoAxeViolations, expectNoAxeViolationsWithoutScript } from "../support/axe";
import { emailsMentioning, fillForm, HUMAN_PAUSE_MS, openFormWithScript } from "../support/forms";
import { contentMessage } from "../support/form-messages";
import { schoolRegistrationForm } from "../../src/lib/forms/school-registration";
import type { RuleName } from "../../src/schemas/forms";

const FORM_PAGE = "/register/school/";

/** The school registration's message for a question's rule, from its content file. */
const message = (question: string, rule: RuleName) => contentMessage(schoolRegistrationForm.content, question, rule);

/** A registration unique to this test run, so that its emails can be found in the shared outbox. */
const uniqueSchool = (label: string): Record<string, string> => ({
  ...validSchoolRegistration(),
  schoolName: `${label} ${Date.now()} School`,
});

test.describe("with JavaScript", () => {
  test("a school registers and reaches the confirmation page with its reference, and the email is sent", async ({
    page,
  }) => {
    const school = uniqueSchool("Journey");
    await openFormWithScript(page, FORM_PAGE);
    await fillForm(page, school);
    await page.waitForTimeout(HUMAN_PAUSE_MS);
    await page.getByRole("button", { name: "Register the school" }).click();

    await expect(page).toHaveURL(/\/register\/school\/confirmation\/\?reference=BTSA-\d{4}-[0-9A-Z]{6}$/);
    const reference = new URL(page.url()).searchParams.get("reference")!;
    await expect(page.locator(".panel__reference")).toHaveText(reference);
    await expect(page.getByRole("heading", { name: "What happens next" })).toBeVisible();
    await expectNoAxeViolations(page);
    await expect.poll(async () => (await emailsMentioning(reference)).length).toBe(2);
    const confirmation = (await emailsMentioning(reference)).find((email) =>
      email.includes(`Dear ${school.tutorName}`),
    );
    expect(confirmation).toContain(school.schoolName);
  });

  test("an empty submit shows the error summary, focused, with a link to each question, and Error: in the title", async ({
    page,
  }) => {
    await openFormWithScript(page, FORM_PAGE);
    const title = await page.title();
    await page.getByRole("button", { name: "Register the school" }).click();

    const summary = page.locator(".error-summary");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("heading", { name: "There is a problem" })).toBeInViewport();
    await expect(summary.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(page).toHaveTitle(`Error: ${title}`);
    await expect(summary.getByRole("link")).toHaveCount(19);
    await expectNoAxeViolations(page);

    await summary.getByRole("link", { name: message("urn", "required") }).click();
    const urn = page.getByLabel("Unique reference number (URN)");
    await expect(urn).toBeFocused();
    await expect(urn).toHaveAttribute("aria-describedby", "urn-hint urn-error");
    await expect(page.locator("#urn-error")).toHaveText(`Error: ${message("urn", "required")}`);
  });

  test("answers are kept when some need correcting, and only those are flagged", async ({ page }) => {
    await openFormWithScript(page, FORM_PAGE);
    await fillForm(page, { ...validSchoolRegistration(), tutorEmail: "tutor@", urn: "12" });
    await page.getByRole("button", { name: "Register the school" }).click();
    await expect(page.locator(".error-summary li")).toHaveText([
      message("urn", "format"),
      message("tutorEmail", "format"),
    ]);
    await expect(page.getByLabel("School name")).toHaveValue("Greenfields Primary School");
    await expect(page.getByLabel("Induction tutor's email address")).toHaveValue("tutor@");
  });

  test("server errors show in the same summary, and the answers are kept", async ({ page }) => {
    await page.route("**/api/school-registrations", (route) =>
      route.fulfill({
        status: 503,
        contentType: "application/json",
        body: JSON.stringify({
          message: "Sorry, we could not save your answers just now. Try again in a few minutes.",
        }),
      }),
    );
    await openFormWithScript(page, FORM_PAGE);
    await fillForm(page, validSchoolRegistration());
    await page.getByRole("button", { name: "Register the school" }).click();
    await expect(page.locator(".error-summary")).toBeFocused();
    await expect(page.locator(".error-summary")).toContainText("Try again in a few minutes");
    await expect(page.getByLabel("School name")).toHaveValue("Greenfields Primary School");
    await expectNoAxeViolations(page);
  });

  test("answers typed before the script arrives are kept once it does", async ({ page }) => {
    let release!: () => void;
    const scriptArrives = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/_astro/SchoolRegistrationForm*.js", async (route) => {
      await scriptArrives;
      await route.continue();
    });
    await page.goto(FORM_PAGE, { waitUntil: "domcontentloaded" });
    await fillForm(page, { ...uniqueSchool("Slow phone"), notes: "Typed before the script arrived" });
    release();
    await expect(page.locator("astro-island:not([ssr])")).toHaveCount(1); // hydrated
    await expect(page.getByLabel("Anything else we should know? (optional)")).toHaveValue(
      "Typed before the script arrived",
    );
    await expect(page.getByLabel("School name")).toHaveValue(/^Slow phone/);
    await page.waitForTimeout(HUMAN_PAUSE_MS);
    await page.getByRole("button", { name: "Register the school" }).click();
    await expect(page).toHaveURL(/confirmation\/\?reference=/);
  });

  test("a double click sends the registration once", async ({ page }) => {
    const posts: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST") posts.push(request.url());
    });
    await openFormWithScript(page, FORM_PAGE);
    await fillForm(page, uniqueSchool("Double click"));
    await page.waitForTimeout(HUMAN_PAUSE_MS);
    await page.getByRole("button", { name: "Register the school" }).dblclick();
    await expect(page).toHaveURL(/confirmation/);
    expect(posts).toHaveLength(1);
  });

  test("the form page ships at most 40 KB of JavaScript, gzipped", async ({ page, request }) => {
    const scripts: string[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.push(response.url());
    });
    await page.goto(FORM_PAGE);
    await page.waitForLoadState("networkidle");
    const { gzipSync } = await import("node:zlib");
    let total = 0;
    for (const url of scripts) total += gzipSync(await (await request.get(url)).body()).length;
    const inline = await page.locator("script:not([src])").allTextContents();
    total += gzipSync(inline.join("")).length;
    console.log(`form page JavaScript: ${scripts.length} files + inline, ${(total / 1024).toFixed(1)} KB gzip`);
    expect(total).toBeLessThanOrEqual(40 * 1024);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a school registers with a plain HTML form and reaches the confirmation page", async ({ page, browser }) => {
    const school = uniqueSchool("No script");
    await page.goto(FORM_PAGE);
    await fillForm(page, school);
    await page.getByRole("button", { name: "Register the school" }).click();
    await expect(page).toHaveURL(/\/register\/school\/confirmation\/\?reference=BTSA-\d{4}-[0-9A-Z]{6}$/);
    const reference = new URL(page.url()).searchParams.get("reference")!;
    await expect(page.locator(".panel__reference")).toHaveText(reference);
    await expectNoAxeViolationsWithoutScript(browser, page);
    await expect.poll(async () => (await emailsMentioning(reference)).length).toBe(2);
  });

  test("two schools registering without JavaScript get different references", async ({ page }) => {
    const references: string[] = [];
    for (const label of ["First no-script", "Second no-script"]) {
      await page.goto(FORM_PAGE);
      await expect(page.locator('input[name="submissionId"]')).toHaveValue("");
      await fillForm(page, uniqueSchool(label));
      await page.getByRole("button", { name: "Register the school" }).click();
      await expect(page).toHaveURL(/reference=/);
      references.push(new URL(page.url()).searchParams.get("reference")!);
    }
    expect(references[0]).not.toBe(references[1]);
  });

  test("errors come back from the server with the answers kept, the summary focused and Error: in the title", async ({
    page,
    browser,
  }) => {
    await page.goto(FORM_PAGE);
    await fillForm(page, { ...validSchoolRegistration(), schoolName: "Kept <b>Answers</b> School", urn: "" });
    await page.getByRole("button", { name: "Register the school" }).click();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.locator(".error-summary")).toBeFocused();
    await expect(page.locator(".error-summary li")).toHaveText([message("urn", "required")]);
    await expect(page.getByLabel("School name")).toHaveValue("Kept <b>Answers</b> School");
    await expect(page.getByLabel("Postcode")).toHaveValue("SS14 3HG");
    await expect(page.getByRole("group", { name: "Phase" }).getByLabel("Primary")).toBeChecked();
    await expect(page.locator("#urn-error")).toBeVisible();
    await expectNoAxeViolationsWithoutScript(browser, page);
  });
});

test("a confirmation page shows the reference it is given, and says the email is on its way", async ({ page }) => {
  await page.goto("/register/school/confirmation/?reference=BTSA-2026-ABCDEF");
  await expect(page.locator(".panel__reference")).toHaveText("BTSA-2026-ABCDEF");
  await expect(page.locator("main")).toContainText("We are sending a confirmation email");
  await expectNoAxeViolations(page);
});

test("a confirmation page shows nothing from a query string that is not a reference", async ({ page }) => {
  await page.goto("/register/school/confirmation/?reference=%3Cscript%3Ealert(1)%3C/script%3E");
  await expect(page.locator(".panel__reference")).toHaveText("is in your confirmation email");
});
