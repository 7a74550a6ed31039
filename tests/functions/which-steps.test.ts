/**
 * The "Which steps apply?" flow's function with real Requests: every path through the questions to its outcome,
 * the answer chosen again by Back and Change links, and the question again with its error when nothing is chosen.
 * It reads the built question pages (function-pages/), so the build comes first.
 */
import { describe, expect, it } from "vitest";
import handler from "../../functions/which-steps";
import { FLOW_PATH, questionAt, whichSteps } from "../../src/lib/which-steps/flow";

const site = "http://127.0.0.1";
const get = (path: string) => handler(new Request(new URL(path, site)), {} as never);
/** Continue on a question's page, as a browser without JavaScript sends it. */
const pressContinue = (path: string, answers: Record<string, string>) =>
  handler(new Request(new URL(path, site), { method: "POST", body: new URLSearchParams(answers) }), {} as never);

/** Each path through the questions: the answers given, in order, and the outcome's page it must end at. */
const paths = [
  { answers: [["school", "new-to-ects"]], outcome: "/which-steps/new-to-ects/" },
  { answers: [["school", "changing-lead-provider"]], outcome: "/which-steps/changing-lead-provider/" },
  {
    answers: [
      ["school", "already-with-lead-provider"],
      ["registering", "new-ects-or-mentors"],
    ],
    outcome: "/which-steps/new-ects-or-mentors/",
  },
  {
    answers: [
      ["school", "already-with-lead-provider"],
      ["registering", "second-year-only"],
    ],
    outcome: "/which-steps/second-year-only/",
  },
];

/** The value of the radio shown chosen on a page, if any. */
const chosenOn = (page: string) => /<input[^>]*value="([^"]+)"[^>]*checked/.exec(page)?.[1];

describe("the flow's function", () => {
  it.each(paths)("leads $answers to $outcome, a question at a time", async ({ answers, outcome }) => {
    let at = FLOW_PATH;
    for (const [question, value] of answers) {
      const shown = await get(at);
      expect(shown.status).toBe(200);
      expect(await shown.text()).toContain(`name="${question}"`);
      const answered = await pressContinue(at, { [question!]: value! });
      expect(answered.status).toBe(303);
      at = answered.headers.get("location")!;
    }
    expect(at).toBe(outcome);
  });

  it("covers every outcome of the flow in these paths", () => {
    expect(paths.map((path) => path.outcome).sort()).toEqual(
      whichSteps.outcomes.map((outcome) => `/which-steps/${outcome.id}/`).sort(),
    );
  });

  it("answers a question's address without its trailing slash too", async () => {
    const answered = await pressContinue("/which-steps", { school: "new-to-ects" });
    expect(answered.headers.get("location")).toBe("/which-steps/new-to-ects/");
  });

  it("shows the answer given before chosen, for a Back or Change link, and nothing chosen for an answer it does not offer", async () => {
    expect(chosenOn(await (await get("/which-steps/?school=changing-lead-provider")).text())).toBe(
      "changing-lead-provider",
    );
    expect(chosenOn(await (await get("/which-steps/question/registering/?registering=second-year-only")).text())).toBe(
      "second-year-only",
    );
    expect(chosenOn(await (await get("/which-steps/?school=anything")).text())).toBeUndefined();
    expect(chosenOn(await (await get("/which-steps/")).text())).toBeUndefined();
  });

  it("links back from the second question to the first, with its answer chosen", async () => {
    const page = await (await get("/which-steps/question/registering/")).text();
    expect(page).toContain('<a class="back-link" href="/which-steps/?school=already-with-lead-provider">Back</a>');
  });

  it.each([
    ["nothing chosen", {}],
    ["an answer the question does not offer", { school: "a-free-school" }],
  ])("shows the question again with its error (422) for %s", async (_, answers) => {
    const response = await pressContinue(FLOW_PATH, answers);
    const page = await response.text();
    const message = questionAt(FLOW_PATH)!.error;
    expect(response.status).toBe(422);
    expect(page).toMatch(/<title>Error: Which describes your school\? - BTSA<\/title>/);
    // GOV.UK's error summary first, taking focus, its message linking to the first radio.
    expect(page).toMatch(
      new RegExp(`<main[^>]*><!--question:start--><div class="error-summary" tabindex="-1" autofocus>`),
    );
    expect(page).toContain(`<a href="#school">${message}</a>`);
    expect(page).toContain('id="school" name="school" type="radio"');
    // And beside the question, which it describes.
    expect(page).toContain('<fieldset class="fieldset" aria-describedby="school-error">');
    expect(page).toContain(
      `<p id="school-error" class="error-message"><span class="visually-hidden">Error: </span>${message}</p>`,
    );
    expect(chosenOn(page)).toBeUndefined();
  });

  it("answers an address under /which-steps/question/ that is no question with 404", async () => {
    const response = await get("/which-steps/question/no-such-question/");
    expect(response.status).toBe(404);
    expect(await response.text()).toContain(whichSteps.words.notFound);
  });

  it("refuses other methods and bodies no browser form sends", async () => {
    const put = await handler(new Request(new URL(FLOW_PATH, site), { method: "PUT" }), {} as never);
    expect(put.status).toBe(405);
    expect(put.headers.get("allow")).toBe("GET, HEAD, POST");
    const text = await handler(
      new Request(new URL(FLOW_PATH, site), { method: "POST", headers: { "Content-Type": "text/plain" }, body: "x" }),
      {} as never,
    );
    expect(text.status).toBe(415);
  });
});
