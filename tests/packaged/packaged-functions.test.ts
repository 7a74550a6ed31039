/**
 * The functions as they ship: each zip from `netlify build --offline`, unzipped on its own and run as
 * Lambda runs it, against a real local Blobs server and SMTP server. A file a function reads but its zip
 * lacks fails here (as a 500 on Netlify), though every test from the source tree passes.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getRecord } from "../../functions/lib/store";
import { listSubmissions } from "../../functions/lib/submission-index";
import { SEARCH_PAGE, SHIPPED_SEARCH_INDEX_DIR, STAFF_PAGE, shippedPageFile } from "../../src/lib/forms/shipped-pages";
import { staffWords } from "../../src/lib/staff-words";
import { questionPages } from "../../src/lib/forms/all-forms";
import { formFixtures } from "../fixtures/forms";
import { enhancedMeta } from "../fixtures/school-registration";
import { startBlobs, startSmtp } from "../support/local-services";
import { unzipPackagedFunctions } from "./packaged-functions";

const site = "https://btsa.example";
/** The one address on the staff list (STAFF_EMAILS). */
const staffEmail = "manager@btsa.example";
/** A mistake in each form's answers, for the page without JavaScript to show. */
const mistakes: Record<string, Record<string, string>> = {
  "school-registration": { urn: "12" },
  "participant-registration": { trn: "1" },
  enquiry: { email: "tom at school" },
};
const forms = formFixtures.map((fixture) => ({ ...fixture, mistake: mistakes[fixture.form.id]! }));

let blobs: Awaited<ReturnType<typeof startBlobs>>;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let packaged: Awaited<ReturnType<typeof unzipPackagedFunctions>>;
/** Stands in for Netlify's front door to the email background function: it keeps what it is handed. */
const handOvers: string[] = [];
const worker = createServer((req, res) => {
  let body = "";
  req.on("data", (chunk: Buffer) => (body += chunk));
  req.on("end", () => {
    handOvers.push(body);
    res.writeHead(202).end();
  });
});

beforeAll(async () => {
  blobs = await startBlobs();
  smtp = await startSmtp();
  await new Promise<void>((done) => worker.listen(0, "127.0.0.1", done));
  const { port } = worker.address() as AddressInfo;
  packaged = await unzipPackagedFunctions({
    blobs: { url: blobs.url, token: "test-token", siteID: "test-site" },
    env: {
      SMTP_URL: smtp.url,
      MAIL_FROM: "BTSA <no-reply@btsa.example>",
      ALLIANCE_INBOX: "ecf@btsa.example",
      EMAIL_WORKER_URL: `http://127.0.0.1:${port}/`,
      STAFF_EMAILS: staffEmail,
    },
  });
}, 60_000);

afterAll(async () => {
  await packaged?.remove();
  await new Promise<void>((done) => worker.close(() => done()));
  await smtp?.stop();
  await blobs?.stop();
});

describe.each(forms)(
  "the packaged functions of the $form.id form",
  ({ form, functionName, valid, textField, mistake }) => {
    const endpoint = `${site}${form.endpoint}`;

    it("serve its confirmation page with the reference filled in", async () => {
      const { responses, log } = await packaged.invoke("confirmation-page", [
        { url: `${site}${form.confirmationPage}?reference=BTSA-2026-ABCDEF` },
      ]);
      expect(responses[0]?.status, log).toBe(200);
      expect(responses[0]?.body).toContain("<!--reference:start-->BTSA-2026-ABCDEF<!--reference:end-->");
    });

    it("answer a submission without JavaScript that has a mistake with its page, errors shown and answers kept", async () => {
      const answers = { ...valid(), ...mistake };
      const { responses, log } = await packaged.invoke(functionName, [
        {
          url: endpoint,
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams(answers).toString(),
        },
      ]);
      const page = responses[0]?.body ?? "";
      expect(responses[0]?.status, log).toBe(422);
      expect(page).toMatch(/<title>Error: /);
      expect(page).toContain('class="error-summary"');
      expect(page).toContain(`value="${answers[textField]}"`);
    });

    it("store a JSON submission (201), hand over its emails, and the background function sends them", async () => {
      handOvers.length = 0;
      smtp.received.length = 0;
      const { responses, log } = await packaged.invoke(functionName, [
        {
          url: endpoint,
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ ...valid(), ...enhancedMeta() }),
        },
      ]);
      expect(responses[0]?.status, log).toBe(201);
      const { reference } = JSON.parse(responses[0]!.body) as { reference: string };
      expect(handOvers).toHaveLength(1);
      const { submissions } = JSON.parse(handOvers[0]!) as { submissions: { form: string; key: string }[] };
      expect(submissions).toEqual([{ form: form.id, key: expect.stringMatching(/^[0-9a-f]{32}$/) }]);
      expect((await getRecord(form.id, submissions[0]!.key))?.reference).toBe(reference);

      const sent = await packaged.invoke("send-emails-background", [
        { url: `${site}/.netlify/functions/send-emails-background`, method: "POST", body: handOvers[0]! },
      ]);
      expect(sent.responses[0]?.status, sent.log).toBe(204);
      expect(smtp.received.map((mail) => `${mail.subject}`)).toEqual([
        expect.stringContaining(reference),
        expect.stringContaining(reference),
      ]);
      const { emails } = (await getRecord(form.id, submissions[0]!.key))!;
      expect(Object.values(emails).map((email) => email.status)).toEqual(["sent", "sent"]);
      const { rows } = await listSubmissions(form.id);
      expect(rows.find((row) => row.reference === reference)).toMatchObject({ status: "new", email: "sent" });
    });
  },
);

it("the packaged retry run finds nothing queued once every email has gone, after its first run's backfill", async () => {
  const { responses, log } = await packaged.invoke("retry-emails", [
    { url: `${site}/.netlify/functions/retry-emails`, method: "POST" },
  ]);
  expect(responses[0]?.status, log).toBe(200);
  expect(JSON.parse(responses[0]!.body)).toEqual({ retried: [], backfill: { records: forms.length, finished: true } });
});

it("the packaged retention run deletes nothing while the period is unset", async () => {
  const { responses, log } = await packaged.invoke("delete-expired-submissions", [
    { url: `${site}/.netlify/functions/delete-expired-submissions`, method: "POST" },
  ]);
  expect(responses[0]?.status, log).toBe(200);
  expect(JSON.parse(responses[0]!.body)).toEqual({ deleted: 0, finished: true, cutoff: null, expiredAccess: 0 });
});

describe("the packaged staff function", () => {
  /** A POST from one of the staff area's own forms: same origin, urlencoded. */
  const staffPost = (path: string, fields: Record<string, string>) => ({
    url: `${site}${path}`,
    method: "POST",
    headers: { Origin: site, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });

  it("ships with the built staff page it fills in", () => {
    expect(packaged.holds("staff", shippedPageFile(STAFF_PAGE))).toBe(true);
  });

  it("signs in a listed address by the link in its email, and then shows the dashboard with every form", async () => {
    smtp.received.length = 0;
    smtp.envelopes.length = 0;
    const asked = await packaged.invoke("staff", [staffPost("/staff/sign-in/", { email: staffEmail })]);
    expect(asked.responses[0]?.status, asked.log).toBe(200);
    expect(smtp.envelopes).toEqual([[staffEmail]]);
    const token = /\/staff\/sign-in\/link\/\?token=([\w-]{43})/.exec(`${smtp.received[0]?.text}`)?.[1];
    expect(token, smtp.received[0]?.text).toBeDefined();

    const link = await packaged.invoke("staff", [
      { url: `${site}/staff/sign-in/link/?token=${token}` },
      staffPost("/staff/sign-in/link/", { token: token! }),
    ]);
    const [linkPage, spent] = link.responses;
    expect(linkPage?.status, link.log).toBe(200);
    expect(linkPage?.body).toContain(`<input type="hidden" name="token" value="${token}"`);
    expect(linkPage?.body).toMatch(
      new RegExp(`<button[^>]*type="submit"[^>]*>\\s*${staffWords.signIn.linkButton}\\s*</button>`),
    );
    expect(spent?.status, link.log).toBe(303);
    expect(spent?.headers.location).toBe("/staff/");
    const cookie = spent?.headers["set-cookie"]?.split(";")[0];
    expect(cookie).toMatch(/^__Host-btsa-staff=[\w-]{43}$/);

    const home = await packaged.invoke("staff", [{ url: `${site}/staff/`, headers: { Cookie: cookie! } }]);
    expect(home.responses[0]?.status, home.log).toBe(200);
    expect(home.responses[0]?.body).toContain(`<h1>${staffWords.dashboard.title}</h1>`);
    expect(home.responses[0]?.body).toContain(staffEmail);
    for (const name of Object.values(staffWords.forms)) expect(home.responses[0]?.body).toContain(name);
  });

  it("sends a signed-out request for a form's list to sign in", async () => {
    const { responses, log } = await packaged.invoke("staff", [{ url: `${site}/staff/school-registration/` }]);
    expect(responses[0]?.status, log).toBe(303);
    expect(responses[0]?.headers.location).toBe("/staff/");
  });
});

describe('the packaged flow of "Which steps apply?"', () => {
  it.each(questionPages)("ships with the built question page %s", (path) => {
    expect(packaged.holds("which-steps", shippedPageFile(path))).toBe(true);
  });

  it("sends each Continue on to the next page, and shows a question with nothing chosen again with its error", async () => {
    const pressContinue = (path: string, answers: Record<string, string>) => ({
      url: `${site}${path}`,
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(answers).toString(),
    });
    const { responses, log } = await packaged.invoke("which-steps", [
      pressContinue("/which-steps/", { school: "already-with-lead-provider" }),
      { url: `${site}/which-steps/question/registering/?registering=second-year-only` },
      pressContinue("/which-steps/question/registering/", { registering: "second-year-only" }),
      pressContinue("/which-steps/question/registering/", {}),
    ]);
    const [first, changing, second, nothing] = responses;
    expect(first?.status, log).toBe(303);
    expect(first?.headers.location).toBe("/which-steps/question/registering/");
    expect(changing?.status, log).toBe(200);
    expect(changing?.body).toMatch(/value="second-year-only"[^>]* checked/);
    expect(second?.status, log).toBe(303);
    expect(second?.headers.location).toBe("/which-steps/second-year-only/");
    expect(nothing?.status, log).toBe(422);
    expect(nothing?.body).toMatch(/<title>Error: Who are you registering\?/);
    expect(nothing?.body).toContain('class="error-summary"');
  });
});

describe("the packaged search function", () => {
  it("ships with the built search page and the search index", () => {
    expect(packaged.holds("search", shippedPageFile(SEARCH_PAGE))).toBe(true);
    expect(packaged.holds("search", `${SHIPPED_SEARCH_INDEX_DIR}/pagefind.js`)).toBe(true);
    expect(packaged.holds("search", `${SHIPPED_SEARCH_INDEX_DIR}/pagefind-entry.json`)).toBe(true);
    // Pagefind's UI is for browsers; the function needs only its runtime and the index.
    expect(packaged.holds("search", `${SHIPPED_SEARCH_INDEX_DIR}/pagefind-ui.js`)).toBe(false);
  });

  it("answers /search/?q=canvas with the results in the page, the Canvas FAQ first, twice in one instance", async () => {
    const { responses, log } = await packaged.invoke("search", [
      { url: `${site}/search/?q=canvas` },
      { url: `${site}/search/?q=dashboard&section=FAQ` },
    ]);
    const [canvas, dashboard] = responses;
    expect(canvas?.status, log).toBe(200);
    expect(canvas?.headers["content-type"]).toBe("text/html; charset=utf-8");
    const first = /<h2 class="search-result__title"><a href="([^"#]*)/.exec(canvas?.body ?? "")?.[1];
    expect(first, log).toBe("/faq/canvas-access/");
    expect(canvas?.body).toContain("<mark>Canvas</mark>");
    expect(dashboard?.status, log).toBe(200);
    expect(dashboard?.body).toContain("2 results for “dashboard” in FAQ");
  });
});
