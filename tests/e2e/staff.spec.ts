import { readFile } from "node:fs/promises";
import { expect, type Page, type TestInfo } from "@playwright/test";
import { validParticipantRegistration } from "../fixtures/participant-registration";
import { validSchoolRegistration } from "../fixtures/school-registration";
import { fillForm, HUMAN_PAUSE_MS, openFormWithScript } from "../support/forms";
import { detail, findInList, signIn, staffAddress, test } from "../support/staff";
import type { StaffSignIn } from "../support/staff-addresses";
import { fillIn } from "../../src/lib/fill-in";
import { participantRegistrationForm } from "../../src/lib/forms/participant-registration";
import { schoolRegistrationForm } from "../../src/lib/forms/school-registration";
import { staffWords as words } from "../../src/lib/staff-words";

const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/**
 * A school registers, and a participant, through the form pages as people do, each in a page of their own;
 * returns their references. With JavaScript both forms are filled before one pause that covers both: the
 * server takes a form sent sooner after it appeared than a person could for a bot's.
 */
async function registerSchoolAndParticipant(
  page: Page,
  withScript: boolean,
  school: Record<string, string>,
  participant: Record<string, string>,
): Promise<[string, string]> {
  const forms = [
    { tab: page, form: schoolRegistrationForm, answers: school },
    { tab: await page.context().newPage(), form: participantRegistrationForm, answers: participant },
  ];
  for (const { tab, form, answers } of forms) {
    if (withScript) await openFormWithScript(tab, form.page);
    else await tab.goto(form.page);
    await fillForm(tab, answers, form.content);
  }
  if (withScript) await page.waitForTimeout(HUMAN_PAUSE_MS);
  const references: string[] = [];
  for (const { tab, form } of forms) {
    await tab.getByRole("button", { name: form.content.submitLabel }).click();
    await expect(tab).toHaveURL(new RegExp(`${form.confirmationPage}\\?reference=BTSA-`));
    references.push(new URL(tab.url()).searchParams.get("reference")!);
  }
  await forms[1]!.tab.close();
  return references as [string, string];
}

/**
 * The staff journey: a school's registration found, exported, updated and deleted; a participant's, for which
 * no training group can be chosen yet; signing out.
 */
async function staffJourney(page: Page, testInfo: TestInfo, withScript: boolean, signInAs: StaffSignIn) {
  // About 25 requests to the staff function, which the test server builds afresh for each and serves one at a
  // time to both workers: two minutes on two busy cores.
  test.setTimeout(240_000);
  const id = stamp();
  const school = { ...validSchoolRegistration(), schoolName: `Staff journey ${id} School` };
  const participant = { ...validParticipantRegistration(), fullName: `Staff Journey ${id}` };
  const [reference, participantReference] = await registerSchoolAndParticipant(page, withScript, school, participant);
  const schools = words.forms["school-registration"];
  const participants = words.forms["participant-registration"];
  const s = words.submission;
  const heading = page.getByRole("heading", { level: 1 });
  const history = page.getByRole("region", { name: s.history });
  const address = staffAddress(signInAs, testInfo);

  await test.step("signs in with a link emailed to a staff address", () => signIn(page, address));

  await test.step("finds the school's registration by its name, and downloads it as CSV", async () => {
    await page.getByRole("link", { name: schools, exact: true }).click();
    await expect(heading).toHaveText(schools);
    await findInList(page, school.schoolName, reference);
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: reference }) });
    await expect(row).toContainText(school.schoolName);
    await expect(row).toContainText(words.statuses.new);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: words.list.exportFiltered }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile(await download.path(), "utf8");
    expect(csv.startsWith("\uFEFF"), "the CSV starts with a UTF-8 byte order mark").toBe(true);
    expect(csv).toContain(school.schoolName);
    expect(csv).toContain(reference);
  });

  await test.step("changes its status, and the change is in its history", async () => {
    await page.getByRole("link", { name: reference, exact: true }).click();
    await expect(heading).toHaveText(fillIn(s.title, { form: schools, reference }));
    await expect(detail(page, s.status)).toHaveText(words.statuses.new);
    await page.getByRole("radio", { name: words.statuses["in progress"] }).check();
    await page.getByRole("button", { name: s.saveStatus }).click();
    await expect(page).toHaveURL(/\?saved$/);
    await expect(page.getByRole("status")).toHaveText(s.saved);
    await expect(detail(page, s.status)).toHaveText(words.statuses["in progress"]);
    const change = { what: words.fields.status, from: words.statuses.new, to: words.statuses["in progress"] };
    const line = history.getByRole("row").filter({ hasText: fillIn(s.changed, change) });
    await expect(line).toContainText(address);
  });

  const note = `Called the tutor about ${id}`;
  await test.step("adds a note", async () => {
    await page.getByLabel(s.noteLabel).fill(note);
    await page.getByRole("button", { name: s.saveNote }).click();
    await expect(page).toHaveURL(/\?saved$/);
    await expect(detail(page, s.note)).toHaveText(note);
    await expect(page.getByLabel(s.noteLabel)).toHaveValue(note);
    await expect(history).toContainText(fillIn(s.changed, { what: words.fields.note, from: s.nothing, to: note }));
  });

  await test.step("deletes the registration after confirming, and it is gone from the list", async () => {
    await page.getByRole("link", { name: s.delete }).click();
    await expect(heading).toHaveText(fillIn(words.deletion.title, { reference }));
    await page.getByRole("button", { name: words.deletion.confirm }).click();
    await expect(page).toHaveURL(new RegExp(`/staff/school-registration/\\?deleted=${reference}$`));
    await expect(page.getByRole("status")).toHaveText(fillIn(words.list.deleted, { reference }));
    await expect(page.getByRole("link", { name: reference, exact: true })).toHaveCount(0);
    await page.getByLabel(words.list.searchLabel).fill(school.schoolName);
    await page.getByRole("button", { name: words.list.apply }).click();
    await expect(page.getByText(words.list.none)).toBeVisible();
  });

  await test.step("is told that no training groups are set up when allocating a participant", async () => {
    // content/training-groups.json lists none yet: the page says so, and offers nothing to choose.
    await page.getByRole("link", { name: words.list.back }).click();
    await page.getByRole("link", { name: participants, exact: true }).click();
    await findInList(page, participant.fullName, participantReference);
    await page.getByRole("link", { name: participantReference, exact: true }).click();
    await expect(heading).toHaveText(fillIn(s.title, { form: participants, reference: participantReference }));
    await expect(page.getByRole("heading", { name: s.allocate })).toBeVisible();
    await expect(page.getByText(s.noGroups)).toBeVisible();
    await expect(page.getByLabel(s.allocate)).toHaveCount(0);
    await expect(detail(page, s.trainingGroup)).toHaveText(s.noGroup);
  });

  await test.step("signs out, after which a staff page sends them to sign in", async () => {
    const staffPage = page.url();
    await page.getByRole("button", { name: words.signIn.signOut }).click();
    await expect(page).toHaveURL(/\/staff\/\?signed-out$/);
    await expect(page.getByRole("status")).toHaveText(words.signIn.signedOutTitle);
    await page.goto(staffPage);
    await expect(page).toHaveURL(/\/staff\/$/);
    await expect(heading).toHaveText(words.signIn.title);
  });
}

test.describe("with JavaScript", () => {
  test("staff sign in by emailed link, find, update and delete a registration, export CSV, and sign out", ({
    page,
  }, testInfo) => staffJourney(page, testInfo, true, "journey-with-script"));
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("staff sign in by emailed link, find, update and delete a registration, export CSV, and sign out", ({
    page,
  }, testInfo) => staffJourney(page, testInfo, false, "journey-without-script"));
});
