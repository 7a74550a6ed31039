/**
 * The manager's journey in the content editor, offline: Decap CMS as the site builds it (dist/admin/), under its
 * own Content-Security-Policy, saving through decap-server into a scratch copy of the project (tests/support/
 * editor.ts removes both after each test).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { buildCopy, changes, contentFiles, expect, publish, signIn, test } from "../support/editor";

// Decap's bundle is large (1.5 MB gzip) and a copy's build takes 10–40 s on a busy 2-core machine.
test.describe.configure({ timeout: 180_000 });

const faqFile = "content/faq/canvas-access.mdx";
const question = "Can induction tutors see ECT and mentor learning in Canvas?";

/** Watches a page for what would break the editor's promises: a request off this machine, a CSP refusal. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on("request", (request) => {
    const { hostname, protocol } = new URL(request.url());
    if (hostname !== "127.0.0.1" && protocol !== "data:" && protocol !== "blob:") problems.push(request.url());
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  return problems;
}

/**
 * Opens an address of the editor afresh. Going from one entry to another by changing only the address's hash
 * leaves Decap on the first entry, so the page is loaded again; the sign-in is remembered.
 */
async function openInEditor(page: Page, address: string) {
  await page.goto("about:blank");
  await page.goto(address);
}

/** Opens a FAQ entry in the editor (signed in). */
async function openFaq(page: Page, editorUrl: string, id: string) {
  await openInEditor(page, `${editorUrl}#/collections/faq/entries/${id}`);
  await expect(page.getByLabel("Question")).toHaveValue(/\?$/);
}

/**
 * Opens the links file and returns the address field of one link, by its key. Decap shows each link as an object
 * labelled with the link's title, in the file's order; an object is no group to find it by, so the address is the
 * link's by its position.
 */
async function openLinkAddress(page: Page, editorUrl: string, key: string) {
  await openInEditor(page, `${editorUrl}#/collections/lists/entries/links`);
  const keys = Object.keys(JSON.parse(readFileSync("content/links.json", "utf8")) as object);
  return page.getByLabel("Link address").nth(keys.indexOf(key));
}

test("a question's words and a link's address, published, change only those two lines; the copy builds and shows them", async ({
  page,
  copy,
  editorUrl,
}) => {
  const problems = watch(page);
  const before = contentFiles(copy);
  await signIn(page, editorUrl);

  await openFaq(page, editorUrl, "canvas-access");
  const newQuestion = "Can induction tutors see ECT and mentor learning on Canvas?";
  await page.getByLabel("Question").fill(newQuestion);
  await publish(page);
  await expect.poll(() => readFileSync(join(copy, faqFile), "utf8")).toContain(newQuestion);

  const address = await openLinkAddress(page, editorUrl, "dfe-check-data");
  await expect(address).toHaveValue("");
  await address.fill("https://check-data.example.education.gov.uk/");
  await publish(page);
  await expect.poll(() => readFileSync(join(copy, "content/links.json"), "utf8")).toContain("check-data.example");

  expect(changes(before, contentFiles(copy))).toEqual({
    [faqFile]: { removed: [`question: ${question}`], added: [`question: ${newQuestion}`] },
    "content/links.json": {
      removed: ['    "url": null,'],
      added: ['    "url": "https://check-data.example.education.gov.uk/",'],
    },
  });
  expect(problems).toEqual([]);

  const build = buildCopy(copy);
  expect(build.ok, build.output).toBe(true);
  const faqPage = readFileSync(join(copy, "dist/faq/canvas-access/index.html"), "utf8");
  expect(faqPage).toContain(`>${newQuestion}</h1>`);
  const checkData = readFileSync(join(copy, "dist/guidance/check-data/index.html"), "utf8");
  expect(checkData).toContain('href="https://check-data.example.education.gov.uk/"');
});

test("an http:// address is refused with a message that says what to write, and nothing is saved", async ({
  page,
  copy,
  editorUrl,
}) => {
  const before = contentFiles(copy);
  await signIn(page, editorUrl);
  const address = await openLinkAddress(page, editorUrl, "dfe-online-service");
  await address.fill("http://manage-training-for-early-career-teachers.education.gov.uk/");
  await publish(page);
  await expect(page.getByText("Start the address with https://")).toBeVisible();
  expect(changes(before, contentFiles(copy))).toEqual({});
});

test("a question left empty is refused with a message, and nothing is saved", async ({ page, copy, editorUrl }) => {
  const before = contentFiles(copy);
  await signIn(page, editorUrl);
  await openFaq(page, editorUrl, "canvas-access");
  await page.getByLabel("Question").fill("");
  await publish(page);
  await expect(page.getByText(/Question is required/i)).toBeVisible();
  expect(changes(before, contentFiles(copy))).toEqual({});
});
