/**
 * Every page is valid HTML by the W3C Nu HTML Checker: each built page, and each kind of page the functions
 * write. One run of the checker covers them all; each page is then its own test, failing with its messages.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { functionPages } from "../support/function-pages";
import { checkHtmlFiles, describeMessage, isFailure, type NuMessage } from "../support/nu-html-checker";
import { builtPagePaths } from "../support/site-pages";

const builtPages = builtPagePaths().map((path) => ({
  path,
  file: resolve("dist", `.${path}`, path.endsWith("/") ? "index.html" : ""),
}));
const folder = mkdtempSync(join(tmpdir(), "btsa-html-"));
const rendered = new Map<string, { response: Response; html: string; file: string }>();
let messages: Map<string, NuMessage[]>;
let checkerFailure: Error | undefined;

beforeAll(async () => {
  for (const [index, page] of functionPages.entries()) {
    const response = await page.render();
    const html = await response.text();
    const file = join(folder, `function-page-${index}.html`);
    writeFileSync(file, html);
    rendered.set(page.name, { response, html, file });
  }
  try {
    messages = checkHtmlFiles([
      ...builtPages.map((page) => page.file),
      ...[...rendered.values()].map((page) => page.file),
    ]);
  } catch (error) {
    checkerFailure = error as Error;
  }
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** What fails a file, one readable line per message, so a failing test names the line and the problem. */
const failures = (file: string) => messages.get(file)!.filter(isFailure).map(describeMessage);

// Without Java this one test fails with how to install it, and the pages' tests are skipped, not passed.
it("runs the W3C Nu HTML Checker over every page", () => {
  if (checkerFailure) throw checkerFailure;
});

describe("every built page", () => {
  it.for(builtPages)("$path is valid HTML", ({ file }, { skip }) => {
    if (checkerFailure) skip();
    expect(failures(file)).toEqual([]);
  });
});

describe("every page a function writes", () => {
  it.for(functionPages)("$name is valid HTML", ({ name, status, shows }, { skip }) => {
    if (checkerFailure) skip();
    const { response, html, file } = rendered.get(name)!;
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(html).toContain(shows);
    expect(failures(file)).toEqual([]);
  });
});
