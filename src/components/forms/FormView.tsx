import type { Ref } from "preact";
import { formWords } from "../../lib/form-words";
import { formFields } from "../../lib/forms/definition";
import type { FormContent } from "../../schemas/forms";
import { ErrorSummary } from "./ErrorSummary";
import { FormQuestion } from "./FormQuestion";

/** The fields every form carries besides its questions: an idempotency key, a start time and a honeypot. */
export interface SubmissionMeta {
  submissionId: string;
  startedAt: string;
}

export interface FormViewProps {
  /** Where the form posts. */
  action: string;
  content: FormContent;
  /** Answers by field name. */
  values: Record<string, string>;
  /** Messages to show, by field name. */
  errors: Record<string, string>;
  problem?: string | undefined;
  meta?: SubmissionMeta | undefined;
  busy?: boolean | undefined;
  /** Focuses the error summary as the page loads: for the page the server sends back without JavaScript. */
  focusSummary?: boolean | undefined;
  summaryRef?: Ref<HTMLDivElement> | undefined;
  formRef?: Ref<HTMLFormElement> | undefined;
  onValue?: ((name: string, value: string) => void) | undefined;
  onSubmit?: ((event: Event) => void) | undefined;
  onFocusField?: ((name: string) => void) | undefined;
}

/**
 * The whole form as plain HTML that works without JavaScript. The same markup is rendered by Astro at
 * build time, by the browser (under Formik) and by the function when answers need correcting.
 */
export function FormView(props: FormViewProps) {
  const { action, content, values, errors, problem, meta, busy, focusSummary, summaryRef, formRef } = props;
  const { onValue, onSubmit, onFocusField } = props;
  return (
    <form class="form" action={action} method="post" noValidate onSubmit={onSubmit} ref={formRef}>
      <ErrorSummary
        errors={errors}
        fields={formFields(content)}
        problem={problem}
        autoFocus={focusSummary}
        summaryRef={summaryRef}
        onFocusField={onFocusField}
      />
      {content.sections.map((section) => (
        <section class="form-section" key={section.title}>
          <h2>{section.title}</h2>
          {section.fields.map((field) => (
            <FormQuestion
              key={field.name}
              field={field}
              value={values[field.name] ?? ""}
              error={errors[field.name]}
              onValue={onValue}
            />
          ))}
        </section>
      ))}
      <input type="hidden" name="submissionId" value={meta?.submissionId ?? ""} />
      <input type="hidden" name="startedAt" value={meta?.startedAt ?? ""} />
      {/* Hidden from everyone (display: none): people never fill it in; form-filling bots do. */}
      <div class="honeypot">
        <label for="website">{formWords.honeypotLabel}</label>
        <input id="website" name="website" type="text" tabindex={-1} autocomplete="off" />
      </div>
      <button type="submit" class="button" aria-disabled={busy ? "true" : undefined}>
        {busy ? formWords.sending : content.submitLabel}
      </button>
    </form>
  );
}
