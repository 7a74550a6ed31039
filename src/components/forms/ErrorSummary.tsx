import type { Ref } from "preact";
import { formWords } from "../../lib/form-words";
import type { FormField } from "../../schemas/forms";

interface Props {
  /** Messages by field name, in any order; shown in the order of the form's questions. */
  errors: Record<string, string>;
  /** The form's questions, to order the messages and link each to its input. */
  fields: FormField[];
  /** A problem with the form as a whole, such as the service being unavailable. */
  problem?: string | undefined;
  /** Takes focus as the page loads (the server-rendered page, where no script can move focus). */
  autoFocus?: boolean | undefined;
  /** Lets the enhanced form move focus here after a failed submit. */
  summaryRef?: Ref<HTMLDivElement> | undefined;
  /** Moves focus to the question when its message is clicked (with JavaScript). */
  onFocusField?: ((name: string) => void) | undefined;
}

/**
 * The GOV.UK error summary. It takes focus after a failed submit so that screen reader users hear the
 * problems at once and keyboard users start from the list of links to each question. As in GOV.UK Frontend
 * since 4.4, the outer div has no `aria-labelledby`: a div without a role cannot be named (invalid HTML), and
 * the inner alert already reads out the title.
 */
export function ErrorSummary({ errors, fields, problem, autoFocus, summaryRef, onFocusField }: Props) {
  const listed = fields.filter((field) => errors[field.name]);
  if (listed.length === 0 && !problem) return null;
  return (
    <div class="error-summary" tabindex={-1} autofocus={autoFocus} ref={summaryRef}>
      <div role="alert">
        <h2 class="error-summary__title">{formWords.errorSummaryTitle}</h2>
        {problem && <p>{problem}</p>}
        {listed.length > 0 && (
          <ul class="error-summary__list">
            {listed.map((field) => (
              <li key={field.name}>
                <a
                  href={`#${field.name}`}
                  onClick={(event) => {
                    if (!onFocusField) return;
                    event.preventDefault();
                    onFocusField(field.name);
                  }}
                >
                  {errors[field.name]}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
