/**
 * The staff area in the browser tests: each test signs in as an address of its own
 * (./staff-addresses.ts), from a client address of its own, and reads its link from the outbox.
 */
import { randomBytes } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test as base, type Page, type TestInfo } from "@playwright/test";
import { simpleParser } from "mailparser";
import { fillIn } from "../../src/lib/fill-in";
import { staffWords } from "../../src/lib/staff-words";
import { OUTBOX } from "./forms";
import { STAFF_SLOTS, staffAddressOf, type StaffSignIn } from "./staff-addresses";

/** The address a test signs in as, in the worker slot it runs in. */
export function staffAddress(name: StaffSignIn, testInfo: TestInfo): string {
  if (testInfo.parallelIndex >= STAFF_SLOTS)
    throw new Error(
      `Staff addresses are set up for ${STAFF_SLOTS} workers at most (tests/support/staff-addresses.ts).`,
    );
  return staffAddressOf(name, testInfo.parallelIndex);
}

/**
 * The staff tests' `test`: each test is a visitor of its own, with a client address (in IPv6's documentation
 * range) that the test server takes from X-Forwarded-For, as Netlify's edge sets it. Sign-in requests are
 * limited to twenty in ten minutes for a client address, and the count outlives a run.
 */
export const test = base.extend({
  extraHTTPHeaders: async ({ extraHTTPHeaders }, use) => {
    const client = `2001:db8::${randomBytes(8).toString("hex").match(/.{4}/g)!.join(":")}`;
    await use({ ...extraHTTPHeaders, "X-Forwarded-For": client });
  },
});

/** The outbox's files written to `to`, oldest first (their names start with the time). */
export async function emailsTo(to: string): Promise<string[]> {
  const files = (await readdir(OUTBOX).catch(() => [] as string[])).filter((file) => file.endsWith(".eml")).sort();
  const emails = await Promise.all(
    files.map(async (file) => ({ file, raw: await readFile(join(OUTBOX, file), "utf8") })),
  );
  const addressed = await Promise.all(
    emails
      .filter(({ raw }) => raw.includes(to)) // only these are worth parsing
      .map(async ({ file, raw }) => ({ file, mail: await simpleParser(raw) })),
  );
  return addressed
    .filter(({ mail }) => [mail.to].flat().some((field) => field?.value.some((box) => box.address === to)))
    .map(({ file }) => file);
}

/**
 * The sign-in link in the newest email to `to` that is not one of `seen` (its emails from before the link was
 * asked for), once it is written: the server sends it after answering.
 */
export async function newSignInLink(to: string, seen: readonly string[]): Promise<string> {
  let file: string | undefined;
  await expect
    .poll(async () => (file = (await emailsTo(to)).filter((name) => !seen.includes(name)).at(-1)), {
      message: `a sign-in email to ${to} in ${OUTBOX}`,
    })
    .toBeDefined();
  const mail = await simpleParser(await readFile(join(OUTBOX, file!)));
  const link = mail.text?.match(/https?:\/\/\S+\/staff\/sign-in\/link\/\?token=[\w-]+/)?.[0];
  expect(link, `the sign-in link in ${file}`).toBeDefined();
  return link!;
}

const words = staffWords;

/** Asks for a sign-in link at /staff/ as `address`, opens the link from the email and presses Sign in. */
export async function signIn(page: Page, address: string) {
  const heading = page.getByRole("heading", { level: 1 });
  await page.goto("/staff/");
  await expect(heading).toHaveText(words.signIn.title);
  const seen = await emailsTo(address);
  await page.getByLabel(words.signIn.emailLabel).fill(address);
  await page.getByRole("button", { name: words.signIn.button }).click();
  await expect(heading).toHaveText(words.signIn.sentTitle);
  await page.goto(await newSignInLink(address, seen));
  await expect(heading).toHaveText(words.signIn.linkTitle);
  await page.getByRole("button", { name: words.signIn.linkButton, exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/$/);
  await expect(heading).toHaveText(words.dashboard.title);
  await expect(page.getByText(fillIn(words.signIn.signedInAs, { email: address }))).toBeVisible();
}

/**
 * Filters a form's list (the page shown) by `text`, and waits until the submission `reference` is in it: a
 * submission is listed once its emails have been handed over, which may be just after its confirmation page.
 */
export async function findInList(page: Page, text: string, reference: string) {
  await page.getByLabel(words.list.searchLabel).fill(text);
  await page.getByRole("button", { name: words.list.apply }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  const link = page.getByRole("link", { name: reference, exact: true });
  let looks = 0;
  await expect(async () => {
    if (looks++ > 0) await page.reload();
    await expect(link).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
}

/** The value of a row of the submission page's first summary list (its details): "Status", "Note"… */
export const detail = (page: Page, key: string) =>
  page
    .locator(".summary-list")
    .first()
    .locator(".summary-list__row")
    .filter({ has: page.getByRole("term").getByText(key, { exact: true }) })
    .getByRole("definition");
