/**
 * Every kind of HTML page the functions write, each got from the real handler with a real Request: a form
 * sent back with its mistakes (no JavaScript), a confirmation page with its reference, the short
 * "problem" page, each question of the "Which steps apply?" flow with an answer chosen and with its error, and the
 * search page with results, none, a section chosen and more to show. None of these stores anything, so no Blobs or
 * SMTP server is needed.
 */
import confirmationPage from "../../functions/confirmation-page";
import { MAX_BODY_BYTES } from "../../functions/lib/body";
import schoolRegistrations from "../../functions/school-registrations";
import whichSteps from "../../functions/which-steps";
import { questionPath, whichSteps as flow } from "../../src/lib/which-steps/flow";
import search from "../../functions/search";
import { schoolRegistrationForm } from "../../src/lib/forms/school-registration";
import { formFixtures } from "../fixtures/forms";
import { functionClient } from "./function-client";

/** A page a function renders. */
export interface FunctionPage {
  /** Its name in test reports. */
  name: string;
  /** The status it must answer with. */
  status: number;
  /** Text only that page has: proof that the request got the page named, not another. */
  shows: string;
  /** Gets it from the handler. */
  render: () => Promise<Response>;
}

/** A reference as the functions write them; the confirmation page fills in only one shaped like this. */
export const sampleReference = "BTSA-2026-ABCDEF";

/** The search function's page for a query string. */
const searchPage = (query: string) => () => search(new Request(`http://127.0.0.1/search/?${query}`), {} as never);

/** Every answer left blank: every question shows its error, the most markup the error page can have. */
const blank = (answers: Record<string, string>) => Object.fromEntries(Object.keys(answers).map((key) => [key, ""]));

/** Each question's page as its function writes it: with an answer chosen (a Back or Change link), and with its error. */
const questionPages: FunctionPage[] = flow.questions.flatMap((question) => {
  const path = questionPath(question.id);
  const chosen = question.answers.at(-1)!.value;
  return [
    {
      name: `${path}?${question.id}=${chosen} (an answer chosen)`,
      status: 200,
      shows: `value="${chosen}" checked`,
      render: () => whichSteps(new Request(`http://127.0.0.1${path}?${question.id}=${chosen}`), {} as never),
    },
    {
      name: `${path} with nothing chosen (422)`,
      status: 422,
      shows: "<title>Error: ",
      render: () => functionClient(whichSteps, path).postForm({}),
    },
  ];
});

/**
 * The pages, each form's error and confirmation pages, one problem page for each kind of bad body, and the
 * question pages.
 */
export const functionPages: FunctionPage[] = [
  ...formFixtures.flatMap(({ form, handler, valid }) => [
    {
      name: `${form.page} sent back with its mistakes (422)`,
      status: 422,
      shows: "<title>Error: ",
      render: () => functionClient(handler, form.endpoint).postForm(blank(valid())),
    },
    {
      name: `${form.confirmationPage}?reference=${sampleReference}`,
      status: 200,
      shows: sampleReference,
      render: () =>
        confirmationPage(
          new Request(`http://127.0.0.1${form.confirmationPage}?reference=${sampleReference}`),
          {} as never,
        ),
    },
  ]),
  {
    name: "/search/?q=canvas, with results",
    status: 200,
    shows: '<h2 class="search-result__title"><a href="/faq/canvas-access/',
    render: searchPage("q=canvas"),
  },
  {
    name: "/search/?q=ECTs&section=FAQ, a section chosen and more results to show",
    status: 200,
    shows: "shown=20#result-11",
    render: searchPage("q=ECTs&section=FAQ"),
  },
  {
    name: "/search/?q=xylophone, with no results and the suggestions",
    status: 200,
    shows: "No results for “xylophone”",
    render: searchPage("q=xylophone"),
  },
  {
    name: "the problem page for a wrong content type (415)",
    status: 415,
    shows: "Send the form as application/json or application/x-www-form-urlencoded.",
    render: () =>
      functionClient(schoolRegistrations, schoolRegistrationForm.endpoint).send({
        method: "POST",
        headers: { "Content-Type": "text/plain" },
        body: "schoolName=Greenfields",
      }),
  },
  {
    name: "the problem page for a body too large (413)",
    status: 413,
    shows: "The form is too large",
    render: () =>
      functionClient(schoolRegistrations, schoolRegistrationForm.endpoint).postForm({
        notes: "x".repeat(MAX_BODY_BYTES),
      }),
  },
  ...questionPages,
];
