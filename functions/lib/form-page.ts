import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { FormView } from "../../src/components/forms/FormView.tsx";
import type { FormDefinition } from "../../src/lib/forms/definition.ts";
import { FORM_MARKERS, fillMarked } from "../../src/lib/forms/page-markers.ts";
import { formWords } from "../../src/lib/form-words.ts";
import { builtPage } from "./built-page.ts";
import { escapeHtml } from "./http.ts";

/**
 * The form's own built page with the form re-rendered: the user's answers kept, each message beside its
 * question and in the error summary, "Error:" before the title. What a browser without JavaScript gets back.
 */
export async function renderFormWithErrors(
  form: FormDefinition,
  values: Record<string, string>,
  errors: Record<string, string>,
  problem?: string,
): Promise<string> {
  const page = await builtPage(form.page);
  const markup = renderToString(
    h(FormView, {
      action: form.endpoint,
      content: form.content,
      values,
      errors,
      problem,
      meta: { submissionId: values.submissionId ?? "", startedAt: "" },
      focusSummary: true,
    }),
  );
  return fillMarked(page, FORM_MARKERS, markup).replace("<title>", `<title>${escapeHtml(formWords.errorPrefix)}`);
}
