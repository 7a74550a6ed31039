import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
let project: string;

/** Runs `astro COMMAND` on a copy of the project with one file changed; returns what it printed on failure. */
async function runWith(command: "sync" | "build", file: string, edit: (text: string) => string) {
  const path = join(project, file);
  const original = await readFile(path, "utf8");
  await writeFile(path, edit(original));
  try {
    await run(process.execPath, ["node_modules/astro/bin/astro.mjs", command], { cwd: project });
    return "";
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    return stdout + stderr;
  } finally {
    await writeFile(path, original);
  }
}

describe("a bad content file fails the build with a message naming the file and the field", () => {
  beforeAll(async () => {
    project = await mkdtemp(join(tmpdir(), "btsa-content-"));
    for (const item of ["src", "content", "astro.config.mjs", "tsconfig.json", "package.json"]) {
      await cp(item, join(project, item), { recursive: true });
    }
    await symlink(join(process.cwd(), "node_modules"), join(project, "node_modules"));
  });
  afterAll(() => rm(project, { recursive: true, force: true }));

  it("names a guidance page whose reviewed date is not a date", async () => {
    const output = await runWith("sync", "content/guidance/things-to-note.mdx", (text) =>
      text.replace("reviewed: 2026-11-28", "reviewed: last spring"),
    );
    expect(output).toMatch(/things-to-note/);
    expect(output).toMatch(/reviewed/);
  });

  it("names an FAQ entry whose topic does not exist", async () => {
    const output = await runWith("build", "content/faq/canvas-access.mdx", (text) =>
      text.replace("topic: dashboard", "topic: dashbord"),
    );
    expect(output).toMatch(/canvas-access/);
    expect(output).toMatch(/dashbord/);
  });

  it("names a setting that does not fit its field", async () => {
    const output = await runWith("sync", "content/settings.json", (text) =>
      text.replace('"contactPhone": "01268 754137"', '"contactPhone": "call us"'),
    );
    expect(output).toMatch(/content\/settings\.json/);
    expect(output).toMatch(/contactPhone/);
  });

  it("names a link whose address is not https", async () => {
    const output = await runWith("sync", "content/links.json", (text) =>
      text.replace('"https://www.bestpracticenet.co.uk/early-career-framework"', '"http://example.com"'),
    );
    expect(output).toMatch(/links/);
    expect(output).toMatch(/bpn-ecf/);
    expect(output).toMatch(/url/);
  });

  it("takes settings and addresses cleared in the content editor (empty text) as unset", async () => {
    const settingsOutput = await runWith("sync", "content/settings.json", (text) =>
      text.replace('"contactEmail": null', '"contactEmail": ""').replace('"siteUrl": null', '"siteUrl": "  "'),
    );
    expect(settingsOutput).toBe("");
    const linksOutput = await runWith("sync", "content/links.json", (text) => text.replace('"url": null', '"url": ""'));
    expect(linksOutput).toBe("");
  });

  it("names a link an MDX body refers to that content/links.json does not have, with the file, the line and the key meant", async () => {
    const output = await runWith("sync", "content/faq/changing-lead-provider.mdx", (text) =>
      text.replace('<ExternalLink id="dfe-online-service" />, and', '<ExternalLink id="dfe-onlne-service" />, and'),
    );
    expect(output).toContain(
      'content/faq/changing-lead-provider.mdx:8: <ExternalLink id="dfe-onlne-service"> — no link "dfe-onlne-service" in content/links.json; did you mean dfe-online-service?',
    );
  });

  it("names the glossary, the term and the link key when a term's source is not in links.json", async () => {
    const output = await runWith("sync", "content/glossary.json", (text) =>
      text.replace('"source": "dfe-trn"', '"source": "dfe-teacher-reference-number"'),
    );
    expect(output).toMatch(/content\/glossary\.json/);
    expect(output).toMatch(/terms\.\d+\.source: "dfe-teacher-reference-number" is not a key of content\/links\.json/);
  });

  it.each([
    [
      "a question without the message one of its rules needs",
      '"required": "Enter your question",',
      "",
      /content\/forms\/enquiry\.json, question "question" needs a message for this rule: errors\.required/,
    ],
    [
      "a message with a placeholder its rule does not fill",
      "Your question must be {max} characters",
      "Your question must be {maximum} characters",
      /content\/forms\/enquiry\.json, question "question": errors\.tooLong has a placeholder .*\{max\}/,
    ],
    [
      "a message for a rule the question does not have",
      '"required": "Enter your question",',
      '"required": "Enter your question", "tooShort": "Your question is too short",',
      /content\/forms\/enquiry\.json, question "question": errors\.tooShort is for a rule this question does not have/,
    ],
  ])("names the form file and the question for %s", async (_, before, after, problem) => {
    const output = await runWith("sync", "content/forms/enquiry.json", (text) => {
      expect(text).toContain(before);
      return text.replace(before, after);
    });
    expect(output).toMatch(problem);
  });
});
