/**
 * The "Which steps apply?" flow's question pages at request time: a question with the answer given before chosen
 * (from a Back or Change link's `?<question>=<answer>`), Continue's answer sent on to the next page (303), or the
 * question again with its error (422) when nothing was chosen. Each page is its built page
 * (src/layouts/QuestionPage.astro) with the question re-rendered between its markers; the outcome pages are static.
 */
import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { QuestionForm } from "../../src/components/which-steps/QuestionForm.tsx";
import { formWords } from "../../src/lib/form-words.ts";
import { QUESTION_MARKERS, fillMarked } from "../../src/lib/forms/page-markers.ts";
import { FLOW_PATH, pathOf, questionAt, questionPath, whichSteps } from "../../src/lib/which-steps/flow.ts";
import type { Question } from "../../src/schemas/which-steps.ts";
import { BodyError, readSubmission } from "./body.ts";
import { builtPage } from "./built-page.ts";
import { escapeHtml, htmlPage, problem, seeOther } from "./http.ts";

/** The answer of the question with this value; none for a value it does not offer, or none at all. */
const answerOf = (question: Question, value: string | null | undefined) =>
  question.answers.find((answer) => answer.value === value);

/** The question's page: as built when nothing is chosen and nothing is wrong, else with its question re-rendered. */
async function questionPage(question: Question, chosen?: string, error?: string): Promise<string> {
  const page = await builtPage(questionPath(question.id));
  if (!chosen && !error) return page;
  const filled = fillMarked(page, QUESTION_MARKERS, renderToString(h(QuestionForm, { question, chosen, error })));
  // "Error: " first in the title, as the forms' pages: the first thing a screen reader says.
  return error ? filled.replace("<title>", `<title>${escapeHtml(formWords.errorPrefix)}`) : filled;
}

/** Answers a request to a question's address: GET shows the question, POST is its Continue. */
export async function handleQuestion(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const question = questionAt(url.pathname);
  if (!question) return problem(404, whichSteps.words.notFound, { asJson: false, backTo: FLOW_PATH });
  const backTo = questionPath(question.id);

  if (req.method === "GET" || req.method === "HEAD") {
    const chosen = answerOf(question, url.searchParams.get(question.id));
    return htmlPage(200, await questionPage(question, chosen?.value));
  }
  if (req.method !== "POST") {
    const refused = problem(405, formWords.wrongMethod, { asJson: false, backTo });
    refused.headers.set("Allow", "GET, HEAD, POST");
    return refused;
  }
  let fields: Record<string, string>;
  try {
    ({ fields } = await readSubmission(req));
  } catch (error) {
    if (error instanceof BodyError) return problem(error.status, error.message, { asJson: false, backTo });
    throw error;
  }
  const answer = answerOf(question, fields[question.id]);
  if (!answer) return htmlPage(422, await questionPage(question, undefined, question.error));
  return seeOther(pathOf(answer.next));
}
