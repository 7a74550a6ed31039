import { expect, test } from "@playwright/test";
import { validEnquiry } from "../fixtures/enquiry";
import { validParticipantRegistration } from "../fixtures/participant-registration";
import { expectNoAxeViolations, expectNoAxeViolationsWithoutScript } from "../support/axe";
import { emailsMentioning, fillForm, HUMAN_PAUSE_MS, openFormWithScript } from "../support/forms";
import { contentMessage } from "../support/form-messages";
import { enquiryForm } from "../../src/lib/forms/enquiry";
import { participantRegistrationForm } from "../../src/lib/forms/participant-registration";

const PARTICIPANT_PAGE = "/register/participant/";
const CONTACT_PAGE = "/contact/";
const stamp = () => Date.now().toString(36);

test.describe("ECT and mentor registration", () => {
  test("a mentor registers with JavaScript and is emailed the mentor welcome pack", async ({ page }) => {
    const mentor = { ...validParticipantRegistration(), role: "mentor", fullName: `Sam Mentor ${stamp()}` };
    await openFormWithScript(page, PARTICIPANT_PAGE);
    await fillForm(page, mentor, participantRegistrationForm.content);
    await page.waitForTimeout(HUMAN_PAUSE_MS);
    await page.getByRole("button", { name: "Complete my registration" }).click();
    await expect(page).toHaveURL(/\/register\/participant\/confirmation\/\?reference=BTSA-/);
    const reference = new URL(page.url()).searchParams.get("reference")!;
    await expect(page.locator(".panel__reference")).toHaveText(reference);
    await expectNoAxeViolations(page);
    await expect.poll(async () => (await emailsMentioning(reference)).length).toBe(2);
    const welcome = (await emailsMentioning(reference)).find((email) => email.includes("welcome pack"))!;
    expect(welcome).toContain("Your mentor handbook");
  });

  test("errors show with the answers kept, and axe finds nothing, with JavaScript", async ({ page }) => {
    await openFormWithScript(page, PARTICIPANT_PAGE);
    await fillForm(
      page,
      { ...validParticipantRegistration(), phase: "secondary", trn: "12" },
      participantRegistrationForm.content,
    );
    await page.getByRole("button", { name: "Complete my registration" }).click();
    await expect(page.locator(".error-summary")).toBeFocused();
    await expect(page.locator(".error-summary li")).toHaveText([
      contentMessage(participantRegistrationForm.content, "trn", "tooShort", { min: 5 }),
      contentMessage(participantRegistrationForm.content, "subject", "required"),
    ]);
    await expect(page.getByLabel("Full name")).toHaveValue("Priya Patel");
    await expectNoAxeViolations(page);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("an ECT registers with a plain HTML form", async ({ page }) => {
      await page.goto(PARTICIPANT_PAGE);
      await fillForm(
        page,
        { ...validParticipantRegistration(), fullName: `Priya ${stamp()}` },
        participantRegistrationForm.content,
      );
      await page.getByRole("button", { name: "Complete my registration" }).click();
      await expect(page).toHaveURL(/\/register\/participant\/confirmation\/\?reference=BTSA-/);
      const reference = new URL(page.url()).searchParams.get("reference")!;
      await expect.poll(async () => (await emailsMentioning(reference)).length).toBe(2);
    });

    test("errors come back with the answers kept and the summary focused", async ({ page, browser }) => {
      await page.goto(PARTICIPANT_PAGE);
      await fillForm(page, { ...validParticipantRegistration(), email: "priya@" }, participantRegistrationForm.content);
      await page.getByRole("button", { name: "Complete my registration" }).click();
      await expect(page).toHaveTitle(/^Error: /);
      await expect(page.locator(".error-summary")).toBeFocused();
      await expect(page.getByLabel("Teacher reference number (TRN)")).toHaveValue("RP99/12345");
      await expectNoAxeViolationsWithoutScript(browser, page);
    });
  });
});

test.describe("the enquiry form on the contact page", () => {
  test("a question is sent with JavaScript, and the sender gets a copy", async ({ page }) => {
    const question = `Is there parking at the conference venue? (${stamp()})`;
    await openFormWithScript(page, CONTACT_PAGE);
    await fillForm(page, { ...validEnquiry(), question }, enquiryForm.content);
    await page.waitForTimeout(HUMAN_PAUSE_MS);
    await page.getByRole("button", { name: "Send your question" }).click();
    await expect(page).toHaveURL(/\/contact\/sent\/\?reference=BTSA-/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your question has been sent");
    await expectNoAxeViolations(page);
    await expect.poll(async () => (await emailsMentioning(question)).length).toBe(2);
  });

  test("an empty question is caught with JavaScript, and axe finds nothing", async ({ page }) => {
    await openFormWithScript(page, CONTACT_PAGE);
    await page.getByRole("button", { name: "Send your question" }).click();
    await expect(page.locator(".error-summary")).toBeFocused();
    await expect(page.locator(".error-summary li")).toHaveCount(4);
    await expectNoAxeViolations(page);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("a question is sent as a plain HTML form", async ({ page, browser }) => {
      const question = `Without script (${stamp()})`;
      await page.goto(CONTACT_PAGE);
      await fillForm(page, { ...validEnquiry(), question }, enquiryForm.content);
      await page.getByRole("button", { name: "Send your question" }).click();
      await expect(page).toHaveURL(/\/contact\/sent\/\?reference=BTSA-/);
      await expectNoAxeViolationsWithoutScript(browser, page);
      await expect.poll(async () => (await emailsMentioning(question)).length).toBe(2);
    });
  });
});
