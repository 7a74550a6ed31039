import { existsSync } from "node:fs";
import { matchesGlob } from "node:path";
import { describe, expect, it } from "vitest";
import rawFlow from "../../content/which-steps.json";
import rawLinks from "../../content/links.json";
import { config } from "../../functions/which-steps";
import { checked } from "../../src/lib/content-check";
import { pagesFunctionsRead, questionPages } from "../../src/lib/forms/all-forms";
import { shippedPageFile } from "../../src/lib/forms/shipped-pages";
import { flowProblems, throwIfProblems, unbuiltPageProblems } from "../../src/lib/which-steps/check";
import { answersTo, outcomePath } from "../../src/lib/which-steps/flow";
import { whichStepsSchema, type WhichSteps } from "../../src/schemas/which-steps";
import { includedFiles } from "../../scripts/lib/netlify-toml.ts";

const linkKeys = Object.keys(rawLinks);
/** A fresh copy of the real flow, to break one thing in. */
const flow = (): WhichSteps => structuredClone(rawFlow) as WhichSteps;
const registering = (broken: WhichSteps) => broken.questions.find((question) => question.id === "registering")!;

describe("the flow's content check", () => {
  it("finds nothing wrong with content/which-steps.json", () => {
    expect(() => checked(whichStepsSchema, rawFlow, "content/which-steps.json")).not.toThrow();
    expect(flowProblems(flow(), linkKeys)).toEqual([]);
  });

  it("names an answer that leads nowhere, and the outcome it no longer reaches", () => {
    const broken = flow();
    registering(broken).answers[1]!.next = "second-year";
    expect(flowProblems(broken, linkKeys)).toEqual([
      'questions.1.answers.1.next: "second-year" is no question or outcome',
      '"second-year-only": no answer leads to it',
      '"second-year-only" is never reached from the first question "school"',
    ]);
  });

  it("names a link key that content/links.json does not have", () => {
    const broken = flow();
    broken.outcomes[0]!.steps[0]!.link = "dfe-online-servise";
    expect(flowProblems(broken, linkKeys)).toEqual([
      'outcomes.0.steps.0.link: "dfe-online-servise" is not a key of content/links.json',
    ]);
  });

  it("refuses a loop back to an earlier question", () => {
    const broken = flow();
    registering(broken).answers[1]!.next = "school";
    expect(flowProblems(broken, linkKeys)).toEqual([
      'the first question "school" is led back to by registering=second-year-only: a loop',
      '"second-year-only": no answer leads to it',
      "a loop: school → registering → school",
      '"second-year-only" is never reached from the first question "school"',
    ]);
  });

  it("refuses two answers leading to one page, which could not know the answers before it", () => {
    const broken = flow();
    registering(broken).answers[1]!.next = "new-ects-or-mentors";
    expect(flowProblems(broken, linkKeys)).toContain(
      '"new-ects-or-mentors" is led to by 2 answers (registering=new-ects-or-mentors, registering=second-year-only): ' +
        "each question and outcome must be led to by one answer, so that its page knows the answers before it",
    );
  });

  it("fails the build with the file's name and every problem", () => {
    const broken = flow();
    broken.start = "first";
    expect(() => throwIfProblems(flowProblems(broken, linkKeys))).toThrow(
      /^content\/which-steps\.json has \d+ problem\(s\):\n {2}start: "first" is not a question/,
    );
  });

  it("names a link to a page the build did not make", () => {
    expect(unbuiltPageProblems(flow(), new Set(["/contact/", "/register/school/"]))).toContain(
      "outcomes.0.steps.4.page.path: /guidance/timeline/ is not a page of the built site",
    );
  });

  it.each([
    ["a {link} with no link", { text: "See {link}." }, "steps.0.text: {link} needs a link or a page"],
    ["a link with no {link}", { text: "See the service.", link: "dfe-online-service" }, "steps.0.text: put {link}"],
    ["a misspelt setting", { text: "Choose {deliveryPartnr}." }, "steps.0.text: unknown placeholder {deliveryPartnr}"],
    [
      "a page that is no path",
      { text: "{link}", page: { path: "contact", text: "Contact" } },
      "steps.0.page.path: a path",
    ],
  ])("refuses a step with %s, naming the field", (_, step, message) => {
    const broken = flow();
    broken.outcomes[0]!.steps = [step as never];
    expect(() => checked(whichStepsSchema, broken, "content/which-steps.json")).toThrow(`outcomes.0.${message}`);
  });
});

describe("the flow's pages", () => {
  it("know the answers that lead to each outcome", () => {
    expect(answersTo("second-year-only").map(({ question, answer }) => `${question.id}=${answer.value}`)).toEqual([
      "school=already-with-lead-provider",
      "registering=second-year-only",
    ]);
    expect(outcomePath("new-to-ects")).toBe("/which-steps/new-to-ects/");
  });

  it.each(questionPages)("%s is routed to the flow's function and ships with it", (path) => {
    const paths = [config.path ?? []].flat();
    const routed = (pathname: string) =>
      paths.some((pattern) => new URLPattern({ pathname: pattern }).test({ pathname }));
    expect(routed(path)).toBe(true);
    expect(routed(path.replace(/\/$/, ""))).toBe(true);
    expect(pagesFunctionsRead).toContain(path);
    expect(includedFiles().some((glob) => matchesGlob(shippedPageFile(path), glob))).toBe(true);
    // The unit suite runs after the build, which copies the pages there.
    expect(existsSync(shippedPageFile(path)), `${path} was not built`).toBe(true);
  });

  it("leaves the outcomes to the static site, out of the function's paths", () => {
    const paths = [config.path ?? []].flat();
    for (const outcome of rawFlow.outcomes) {
      const pathname = outcomePath(outcome.id);
      expect(paths.some((pattern) => new URLPattern({ pathname: pattern }).test({ pathname }))).toBe(false);
    }
  });
});
