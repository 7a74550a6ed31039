import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { FormView } from "../../src/components/forms/FormView.tsx";
import type { FormDefinition } from "../../src/lib/forms/definition.ts";
import { FORM_MARKERS, fillMarked } from "../../src/lib/forms/page-markers.ts";

/** The built site: SITE_DIR, else `dist/` beside the function (Lambda's task root on Netlify, the project locally). */
export const siteDir = () => process.env.SITE_DIR ?? resolve(process.env.LAMBDA_TASK_ROOT ?? process.cwd(), "dist");

const pages = new Map<string, Promise<string>>();

/**
 * A page of the built site, read from disk once per warm instance (netlify.toml ships the form pages with
 * the functions; they cannot change under a running deploy).
 */
export function builtPage(path: string): Promise<string> {
  const file = join(siteDir(), path, "index.html");
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
  return fillMarked(page, FORM_MARKERS, markup).replace("<title>", "<title>Error: ");
}
