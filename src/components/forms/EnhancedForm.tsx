import { useFormik } from "formik";
import { useEffect, useRef, useState } from "preact/hooks";
import { formWords } from "../../lib/form-words";
import { emptyValues, type FormDefinition } from "../../lib/forms/definition";
import { FormView, type SubmissionMeta } from "./FormView";

/** What the function answers, as JSON. */
interface SubmitResponse {
  reference?: string;
  errors?: Record<string, string>;
  message?: string;
}

/**
 * The form with JavaScript: Formik keeps the answers and checks them with the form's Yup schema on submit,
 * then posts JSON. Errors, from the schema or from the server, show in the same summary, which takes focus.
 */
export function EnhancedForm({ form }: { form: FormDefinition }) {
  const summaryRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [problem, setProblem] = useState<string>();
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [focusRequest, setFocusRequest] = useState(0);
  // One id per page visit: a retried or double submit carries the same id, so the server stores it once.
  // Made in the browser only: made while prerendering, every visitor would share the build's id and time.
  const [meta, setMeta] = useState<SubmissionMeta>({ submissionId: "", startedAt: "" });
  useEffect(() => setMeta({ submissionId: crypto.randomUUID(), startedAt: String(Date.now()) }), []);

  const formik = useFormik<Record<string, string>>({
    initialValues: emptyValues(form.content),
    validationSchema: form.schema,
    validateOnBlur: false,
    validateOnChange: false,
    onSubmit: async (values) => {
      setProblem(undefined);
      setServerErrors({});
      try {
        const response = await fetch(form.endpoint, {
          method: "POST",
          headers: { "Content-Type": "application/json", Accept: "application/json" },
          body: JSON.stringify({ ...values, ...meta }),
        });
        const body = (await response.json().catch(() => ({}))) as SubmitResponse;
        if (response.ok && body.reference) {
          window.location.assign(`${form.confirmationPage}?${new URLSearchParams({ reference: body.reference })}`);
          return new Promise<void>(() => {}); // stay busy while the next page loads
        }
        if (body.errors) setServerErrors(body.errors);
        else setProblem(body.message ?? formWords.serviceProblem);
      } catch {
        setProblem(formWords.serverUnreachable);
      }
      setFocusRequest((count) => count + 1);
    },
  });

  // On a slow phone people start typing before this script arrives: take over what they already entered.
  useEffect(() => {
    const typed = formRef.current ? answersIn(formRef.current, Object.keys(formik.initialValues)) : {};
    if (Object.keys(typed).length > 0) void formik.setValues({ ...formik.initialValues, ...typed }, false);
  }, []);

  const errors = formik.submitCount > 0 ? { ...serverErrors, ...(formik.errors as Record<string, string>) } : {};
  const hasErrors = Object.keys(errors).length > 0 || Boolean(problem);

  // After a failed submit: focus the summary and say "Error:" in the title, as GOV.UK does.
  useEffect(() => {
    if (formik.isSubmitting) return;
    const title = document.title.replace(formWords.errorPrefix, "");
    document.title = hasErrors ? formWords.errorPrefix + title : title;
    if (hasErrors && summaryRef.current) {
      // Start reading from the summary's heading, however long its list is on a narrow phone.
      summaryRef.current.focus({ preventScroll: true });
      summaryRef.current.scrollIntoView({ block: "start" });
    }
  }, [formik.submitCount, formik.isSubmitting, focusRequest, hasErrors]);

  return (
    <FormView
      action={form.endpoint}
      content={form.content}
      values={formik.values}
      errors={errors}
      problem={problem}
      meta={meta}
      busy={formik.isSubmitting}
      summaryRef={summaryRef}
      formRef={formRef}
      onValue={(name, value) => void formik.setFieldValue(name, value, false)}
      onFocusField={(name) => document.getElementById(name)?.focus()}
      onSubmit={(event) => {
        event.preventDefault();
        if (!formik.isSubmitting) formik.handleSubmit();
      }}
    />
  );
}

/** The non-empty answers a form element holds for the given question names. */
function answersIn(form: HTMLFormElement, names: string[]): Record<string, string> {
  const data = new FormData(form);
  const answers: Record<string, string> = {};
  for (const name of names) {
    const value = data.get(name);
    if (typeof value === "string" && value !== "") answers[name] = value;
  }
  return answers;
}
