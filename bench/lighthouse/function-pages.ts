/**
 * The pages the functions serve, called in-process as Netlify would call them: confirmation pages, the "Which steps
 * apply?" questions and the search page with a query's results (each at its function's own `config.path`), and a form showing errors. Lighthouse can only GET, and that page is the function's
 * answer to a POST without JavaScript, so it is made once, before the run, by posting the school registration with
 * mistakes, and then served at a path of the bench's own. Validation fails before anything is stored, so no Blobs
 * server is needed. The staff area's pages (sign-in, a form's list, a submission) are made the same way, once,
 * by the staff function signed in against a Blobs server of the bench's own, seeded with 60 registrations.
 * Import bench/support/typescript-hooks.ts before this module: the functions' source needs it.
 */
import { URLPattern } from "node:url";
import type { Context } from "@netlify/functions";
import confirmationPage, { config as confirmationConfig } from "../../functions/confirmation-page.ts";
import schoolRegistrations from "../../functions/school-registrations.ts";
import whichSteps, { config as whichStepsConfig } from "../../functions/which-steps.ts";
import search, { config as searchConfig } from "../../functions/search.ts";
import { schoolRegistrationForm } from "../../src/lib/forms/school-registration.ts";
import { validSchoolRegistration } from "../../tests/fixtures/school-registration.ts";
import { registeredForms } from "../../functions/lib/registered-forms.ts";
import { startSession } from "../../functions/lib/staff/access.ts";
import { staffPaths } from "../../functions/lib/staff/paths.ts";
import { handleStaffRequest } from "../../functions/lib/staff/routes.ts";
import { validParticipantRegistration } from "../../tests/fixtures/participant-registration.ts";
import { startBlobs } from "../../tests/support/local-services.ts";
import { seedSubmissions } from "../../tests/support/seed-submissions.ts";
import type { Route } from "../../scripts/lib/site-server.ts";

/** Where the bench serves the school registration form as a browser without JavaScript gets it back with errors. */
export const FORM_WITH_ERRORS_PATH = "/bench/register/school/with-errors/";

/** A reference as the function makes them (Crockford base 32), for the confirmation page to show. */
export const SAMPLE_REFERENCE = "BTSA-2026-ABCDEF";

const noContext = {} as Context;
/** The site's address as the functions see it: only the path of a request matters to them. */
const site = "http://127.0.0.1";

/** The school registration form's answer to a post with two mistakes (no school name, a malformed email). */
async function formWithErrors(): Promise<Response> {
  const answers = { ...validSchoolRegistration(), schoolName: "", headteacherEmail: "head.greenfields.example" };
  const answer = await schoolRegistrations(
    new Request(new URL(schoolRegistrationForm.endpoint, site), {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(answers),
    }),
    noContext,
  );
  if (answer.status !== 422) throw new Error(`Expected the form back with errors (422), got ${answer.status}`);
  return answer;
}

/** Where the bench serves the staff area's pages, as a signed-in manager (or nobody) got them. */
export const STAFF_PAGE_PATHS = {
  signIn: "/bench/staff/sign-in/",
  list: "/bench/staff/list/",
  submission: "/bench/staff/submission/",
};

/** The staff area's pages, each made once by the staff function: signed out, then signed in over 60 registrations. */
async function staffPages(): Promise<Route[]> {
  const manager = "manager@btsa.example";
  process.env.STAFF_EMAILS = manager;
  const blobs = await startBlobs();
  try {
    const participant = registeredForms.participantRegistration;
    const sentAt = Array.from({ length: 60 }, (_, index) =>
      new Date(Date.UTC(2026, 8, 1 + (index % 28), 9)).toISOString(),
    );
    const seeded = await seedSubmissions(participant, sentAt, (index) => ({
      ...validParticipantRegistration(),
      fullName: `Participant ${index + 1}`,
    }));
    const cookie = `btsa-staff=${await startSession(manager)}`;
    const get = async (path: string, signedIn: boolean) => {
      const answer = await handleStaffRequest(
        new Request(new URL(path, site), { headers: signedIn ? { cookie } : {} }),
      );
      if (answer.status !== 200) throw new Error(`The staff function answered ${path} with ${answer.status}`);
      return { html: await answer.text(), headers: new Headers(answer.headers) };
    };
    const pages = {
      [STAFF_PAGE_PATHS.signIn]: await get(staffPaths.home, false),
      [STAFF_PAGE_PATHS.list]: await get(staffPaths.list(participant.form.id), true),
      [STAFF_PAGE_PATHS.submission]: await get(staffPaths.submission(participant.form.id, seeded[0]!.key), true),
    };
    return Object.entries(pages).map(([pathname, { html, headers }]) => ({
      pattern: new URLPattern({ pathname }),
      handle: async () => new Response(html, { status: 200, headers }),
    }));
  } finally {
    await blobs.stop();
  }
}

/**
 * The routes to serve beside the built files. The page with errors is served with the function's headers but
 * status 200: its real 422 answers a POST, which search engines never make, and would only cost it Lighthouse's
 * "HTTP status code" SEO audit here.
 */
export async function functionRoutes(): Promise<Route[]> {
  const withErrors = await formWithErrors();
  const headers = new Headers(withErrors.headers);
  const html = await withErrors.text();
  const paths = [confirmationConfig.path ?? []].flat();
  return [
    ...paths.map((pathname) => ({
      pattern: new URLPattern({ pathname }),
      handle: (request: Request) => confirmationPage(request, noContext),
    })),
    ...[whichStepsConfig.path ?? []].flat().map((pathname) => ({
      pattern: new URLPattern({ pathname }),
      handle: (request: Request) => whichSteps(request, noContext),
    })),
    ...[searchConfig.path ?? []].flat().map((pathname) => ({
      pattern: new URLPattern({ pathname }),
      handle: (request: Request) => search(request, noContext),
    })),
    {
      pattern: new URLPattern({ pathname: FORM_WITH_ERRORS_PATH }),
      handle: async () => new Response(html, { status: 200, headers }),
    },
    ...(await staffPages()),
  ];
}
