/**
 * The "Which steps apply to my school?" flow as the pages and the function read it: its content with the
 * settings filled in, each page's address, and the answers that lead to each page. The build has checked the
 * content (src/lib/which-steps/check.ts), so this module only types it: the function carries no schema library.
 */
import raw from "../../../content/which-steps.json" with { type: "json" };
import type { Answer, Question, WhichSteps } from "../../schemas/which-steps.ts";
import { settings } from "../settings.ts";
import { siteWords } from "../site-words.ts";

/** Where the flow starts: its first question. */
export const FLOW_PATH = "/which-steps/";

/** The part of the address every later question is under; the function answers there (functions/which-steps.ts). */
export const QUESTIONS_PATH = `${FLOW_PATH}question/`;

/**
 * Words with the settings filled in. Other placeholders (`{link}`, `{question}`) stay for the code that fills them;
 * a setting not supplied yet reads as the site's "(to follow)".
 */
export const withSettings = (text: string) =>
  text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in settings ? String(settings[name as keyof typeof settings] ?? siteWords.unset) : placeholder,
  );

/** A copy of content with every string's settings filled in. */
const filled = <T>(value: T): T =>
  (typeof value === "string"
    ? withSettings(value)
    : Array.isArray(value)
      ? value.map(filled)
      : value && typeof value === "object"
        ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, filled(inner)]))
        : value) as T;

/** The flow, settings filled in. */
export const whichSteps: WhichSteps = filled(raw as WhichSteps);

/** The page of a question: the first at the flow's own address, the others under {@link QUESTIONS_PATH}. */
export const questionPath = (id: string, flow: WhichSteps = whichSteps) =>
  id === flow.start ? FLOW_PATH : `${QUESTIONS_PATH}${id}/`;

/** The page of an outcome: a stable address to share. */
export const outcomePath = (id: string) => `${FLOW_PATH}${id}/`;

/** The page an answer leads to: a question's or an outcome's. */
export const pathOf = (id: string, flow: WhichSteps = whichSteps) =>
  flow.questions.some((question) => question.id === id) ? questionPath(id, flow) : outcomePath(id);

/** A question's page with an answer chosen: where a Change or Back link goes. */
export const withAnswer = (question: Question, answer: Answer) =>
  `${questionPath(question.id)}?${new URLSearchParams({ [question.id]: answer.value })}`;

/** One answer given on the way to a page. */
export interface Given {
  question: Question;
  answer: Answer;
}

/**
 * The answers that lead from the first question to a question or outcome, in order. Each page is reached by
 * exactly one answer (the build checks it), so a page knows them without being told: its "Your answers" and
 * its Back link are static.
 */
export function answersTo(id: string, flow: WhichSteps = whichSteps): Given[] {
  const given: Given[] = [];
  for (let target = id; target !== flow.start;) {
    const from = flow.questions.flatMap((question) =>
      question.answers.filter((answer) => answer.next === target).map((answer) => ({ question, answer })),
    )[0];
    if (!from) break;
    given.unshift(from);
    target = from.question.id;
  }
  return given;
}

/** Where a question's Back link goes: the question before, its answer chosen; the home page from the first. */
export function backFrom(question: Question): string {
  const previous = answersTo(question.id).at(-1);
  return previous ? withAnswer(previous.question, previous.answer) : "/";
}

/** The question asked at a path, if any. */
export const questionAt = (pathname: string) =>
  whichSteps.questions.find((question) => questionPath(question.id) === pathname.replace(/\/?$/, "/"));
