import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { FormView } from "../../src/components/forms/FormView.tsx";
import type { FormDefinition } from "../../src/lib/forms/definition.ts";
import { FORM_MARKERS, fillMarked } from "../../src/lib/forms/page-markers.ts";
import { shippedPageFile } from "../../src/lib/forms/shipped-pages.ts";
import { formWords } from "../../src/lib/form-words.ts";
import { escapeHtml } from "./http.ts";

const pages = new Map<string, Promise<string>>();

/**
 * A built page that ships with the functions (src/lib/forms/shipped-pages.ts), read from disk once per warm
 * instance: it cannot change under a running deploy. On Netlify the folder is in the task root; locally, in
 * the project.
 */
export function builtPage(path: string): Promise<string> {
  const file = resolve(process.env.LAMBDA_TASK_ROOT ?? process.cwd(), shippedPageFile(path));
  let page = pages.get(file);
  if (!page) {
    page = readFile(file, "utf8");
    pages.set(file, page);
    page.catch(() => pages.delete(file)); // a missing page is looked for again next time
  }
  return page;
}

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
