import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import content from "../../content/forms/school-registration.json" with { type: "json" };
import type { FormContent } from "../../src/schemas/forms";
import { formFields } from "../../src/lib/forms/definition";

/** Where the test server's functions write emails (set in playwright.config.ts). */
export const OUTBOX = "test-results/outbox";

/** The server refuses forms filled faster than this as a bot's (functions/lib/submit-form.ts, MIN_FILL_MS). */
export const HUMAN_PAUSE_MS = 3_100;

/** Answers a form as a person would: by label, typing text, choosing radios and options, ticking boxes. */
export async function fillForm(page: Page, values: Record<string, string>, form = content as FormContent) {
  for (const field of formFields(form)) {
    const value = values[field.name];
    if (!value) continue;
    if (field.type === "radios") {
      const option = field.options!.find((candidate) => candidate.value === value)!;
      await page.getByRole("group", { name: field.label }).getByLabel(option.label, { exact: true }).check();
    } else if (field.type === "checkbox") {
      await page.getByLabel(field.label).check();
    } else if (field.type === "select") {
      await page.getByLabel(field.label, { exact: true }).selectOption(value);
    } else {
      await page.getByLabel(field.label, { exact: true }).fill(value);
    }
  }
}

/** The emails in the outbox that mention `text`, as raw .eml source with soft line breaks joined. */
export async function emailsMentioning(text: string): Promise<string[]> {
  const files = await readdir(OUTBOX).catch(() => [] as string[]);
  const emails = await Promise.all(files.map((file) => readFile(join(OUTBOX, file), "utf8")));
  return emails.map((email) => email.replace(/=\r?\n/g, "")).filter((email) => email.includes(text));
}

/**
 * Opens a form page and waits until its island has hydrated (Astro drops the island's `ssr` attribute),
 * so that a "with JavaScript" test exercises the script, not the plain HTML post that works before it.
 */
export async function openFormWithScript(page: Page, path: string) {
  await page.goto(path);
  await page.locator("astro-island:not([ssr])").waitFor();
}
