/**
 * The build's checks of the question flow as a whole (content/which-steps.json), beyond its schema: what a
 * schema cannot see, each problem named by where it is in the file. Run before anything is built
 * (src/lib/content-check.ts), and the pages a sentence links to once the site is built
 * (src/integrations/content-check.ts).
 */
import type { Sentence, WhichSteps } from "../../schemas/which-steps.ts";
import { withSettings } from "./flow.ts";

/** Every sentence that may carry a link, with where it is in the file. */
function sentences(flow: WhichSteps): [string, Sentence][] {
  return [
    ["help", flow.help],
    ...flow.outcomes.flatMap((outcome, index) => [
      ...outcome.steps.map((step, at): [string, Sentence] => [`outcomes.${index}.steps.${at}`, step]),
      ...(outcome.notNeeded ?? []).map((item, at): [string, Sentence] => [`outcomes.${index}.notNeeded.${at}`, item]),
    ]),
  ];
}

/** Ids that appear more than once. */
const repeated = (ids: string[]) => ids.filter((id, index) => ids.indexOf(id) !== index);

/**
 * What is wrong with the flow: ids that clash, an answer leading to no question or outcome, a question or outcome
 * that no answer leads to (or more than one does: each page must know the answers that led to it, for its Back
 * link and "Your answers"), a loop, an outcome the first question never reaches, an unknown link key.
 */
export function flowProblems(flow: WhichSteps, linkKeys: string[]): string[] {
  const problems: string[] = [];
  const questionIds = flow.questions.map((question) => question.id);
  const outcomeIds = flow.outcomes.map((outcome) => outcome.id);
  for (const id of new Set(repeated(questionIds))) problems.push(`questions: the id "${id}" is used twice`);
  for (const id of new Set(repeated(outcomeIds))) problems.push(`outcomes: the id "${id}" is used twice`);
  for (const id of questionIds.filter((id) => outcomeIds.includes(id))) {
    problems.push(`"${id}" is both a question and an outcome`);
  }
  // The later questions' pages are under /which-steps/question/, beside the outcomes' pages.
  if (outcomeIds.includes("question")) problems.push(`outcomes: "question" cannot be an outcome's id`);
  if (!questionIds.includes(flow.start)) problems.push(`start: "${flow.start}" is not a question`);

  const leadsTo = new Map<string, string[]>();
  flow.questions.forEach((question, index) => {
    for (const value of new Set(repeated(question.answers.map((answer) => answer.value)))) {
      problems.push(`questions.${index} ("${question.id}"): the answer "${value}" is given twice`);
    }
    question.answers.forEach((answer, at) => {
      const where = `questions.${index}.answers.${at}`;
      if (!questionIds.includes(answer.next) && !outcomeIds.includes(answer.next)) {
        problems.push(`${where}.next: "${answer.next}" is no question or outcome`);
      }
      leadsTo.set(answer.next, [...(leadsTo.get(answer.next) ?? []), `${question.id}=${answer.value}`]);
    });
  });
  for (const id of [...questionIds, ...outcomeIds]) {
    const from = leadsTo.get(id) ?? [];
    if (id === flow.start) {
      if (from.length) problems.push(`the first question "${id}" is led back to by ${from.join(", ")}: a loop`);
    } else if (from.length === 0) {
      problems.push(`"${id}": no answer leads to it`);
    } else if (from.length > 1) {
      problems.push(
        `"${id}" is led to by ${from.length} answers (${from.join(", ")}): each question and outcome must be led to by ` +
          "one answer, so that its page knows the answers before it",
      );
    }
  }
  problems.push(...reachProblems(flow));

  for (const [where, sentence] of sentences(flow)) {
    if (sentence.link && !linkKeys.includes(sentence.link)) {
      problems.push(`${where}.link: "${sentence.link}" is not a key of content/links.json`);
    }
  }
  for (const [where, text] of [
    ["description", flow.description],
    ...flow.outcomes.map((outcome, index) => [`outcomes.${index}.description`, outcome.description]),
  ] as const) {
    const length = withSettings(text).length;
    if (length < 20 || length > 200) {
      problems.push(`${where}: ${length} characters with the settings filled in; a description needs 20 to 200`);
    }
  }
  return problems;
}

/** Walks the flow from the first question: a loop on the way, and any question or outcome never reached. */
function reachProblems(flow: WhichSteps): string[] {
  const problems: string[] = [];
  const questions = new Map(flow.questions.map((question) => [question.id, question]));
  const reached = new Set<string>();
  const walk = (id: string, trail: string[]) => {
    if (trail.includes(id)) return problems.push(`a loop: ${[...trail, id].join(" → ")}`);
    reached.add(id);
    for (const answer of questions.get(id)?.answers ?? []) walk(answer.next, [...trail, id]);
  };
  if (questions.has(flow.start)) walk(flow.start, []);
  for (const id of [...questions.keys(), ...flow.outcomes.map((outcome) => outcome.id)]) {
    if (!reached.has(id)) problems.push(`"${id}" is never reached from the first question "${flow.start}"`);
  }
  return [...new Set(problems)];
}

/** The sentences' links to pages of this site that the build did not make (`built`: paths like /contact/). */
export function unbuiltPageProblems(flow: WhichSteps, built: Set<string>): string[] {
  return sentences(flow)
    .filter(([, sentence]) => sentence.page && !built.has(sentence.page.path))
    .map(([where, sentence]) => `${where}.page.path: ${sentence.page!.path} is not a page of the built site`);
}

/** Throws, naming the file and every problem, if there are any. */
export function throwIfProblems(problems: string[]) {
  if (problems.length) {
    throw new Error(`content/which-steps.json has ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
  }
}
