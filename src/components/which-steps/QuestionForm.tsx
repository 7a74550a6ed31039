import { questionPath, whichSteps } from "../../lib/which-steps/flow";
import type { FormField } from "../../schemas/forms";
import type { Question } from "../../schemas/which-steps";
import { ErrorSummary } from "../forms/ErrorSummary";
import { FormQuestion } from "../forms/FormQuestion";

interface Props {
  /** The question, its settings filled in (src/lib/which-steps/flow.ts). */
  question: Question;
  /** The answer to show chosen: the one given before, when a Back or Change link brings the user here. */
  chosen?: string | undefined;
  /** Set when Continue was pressed with nothing chosen: the summary at the top takes focus as the page loads. */
  error?: string | undefined;
}

/** A question of the flow as a radios question of the forms, so that it looks and reads as they do. */
const asField = (question: Question): FormField => ({
  name: question.id,
  type: "radios",
  label: question.question,
  hint: question.hint,
  options: question.answers.map(({ value, label, hint }) => ({ value, label, hint })),
});

/**
 * One question of the "Which steps apply?" flow in GOV.UK's pattern: the question is the h1, in the legend of its
 * radios; Continue posts the answer to the question's own address, where the function sends the user on
 * (functions/which-steps.ts). Plain HTML: Astro renders it into the built page, and the function renders it again
 * with an answer chosen or with the error; no script is shipped.
 */
export function QuestionForm({ question, chosen, error }: Props) {
  const field = asField(question);
  return (
    <>
      <ErrorSummary errors={error ? { [field.name]: error } : {}} fields={[field]} autoFocus={Boolean(error)} />
      <form class="form" action={questionPath(question.id)} method="post" noValidate>
        <FormQuestion field={field} value={chosen ?? ""} error={error} isPageHeading />
        <button class="button" type="submit">
          {whichSteps.words.continue}
        </button>
      </form>
    </>
  );
}
