import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formFixtures } from "../fixtures/forms";
import { bundleFunction, type FunctionBundle } from "../support/function-bundles";

/** A form function's cold start loads all of it: the first school after a quiet hour waits for this. */
const MAX_FORM_FUNCTION_BYTES = 150 * 1024;

const outDir = await mkdtemp(join(tmpdir(), "btsa-bundles-"));
afterAll(() => rm(outDir, { recursive: true, force: true }));
const bundles = new Map<string, Promise<FunctionBundle>>();
const bundled = (name: string) => bundles.get(name) ?? bundles.set(name, bundleFunction(name, outDir)).get(name)!;

describe.each(formFixtures.map(({ functionName }) => ({ name: functionName })))("the $name function", ({ name }) => {
  it(`bundles (minified, dependencies in) to at most ${MAX_FORM_FUNCTION_BYTES / 1024} KB`, async () => {
    const bundle = await bundled(name);
    expect(bundle.bytes, JSON.stringify(bundle.packages)).toBeLessThanOrEqual(MAX_FORM_FUNCTION_BYTES);
  });

  it("carries no schema library for content and no mailer: the build checks content, another function mails", async () => {
    const { packages } = await bundled(name);
    expect(Object.keys(packages)).not.toContain("zod");
    expect(Object.keys(packages)).not.toContain("nodemailer");
  });
});

/** Every question page of "Which steps apply?" is the function's answer: a cold start there is a page view's. */
const MAX_WHICH_STEPS_BYTES = 50 * 1024;

describe("the which-steps function", () => {
  it(`bundles to at most ${MAX_WHICH_STEPS_BYTES / 1024} KB, with no schema library (about 36 KB: Preact, its renderer, the flow)`, async () => {
    const { bytes, packages } = await bundled("which-steps");
    expect(bytes, JSON.stringify(packages)).toBeLessThanOrEqual(MAX_WHICH_STEPS_BYTES);
    expect(Object.keys(packages)).not.toContain("zod");
  });
});
