/**
 * The staff area's routes, through the staff function's handler against a real local Blobs server and a real
 * SMTP server: every route of the table refuses signed-out use and shows no submission's data; a closed staff
 * area shows nothing to anyone; signed in, staff change, resend, delete, filter and export submissions.
 */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import enquiries from "../../functions/enquiries";
import participantRegistrations from "../../functions/participant-registrations";
import staffFunction, { config as staffConfig } from "../../functions/staff";
import { EMAIL_SENDER } from "../../functions/lib/process-submission";
import { registeredForms, type RegisteredForm } from "../../functions/lib/registered-forms";
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS, startSession } from "../../functions/lib/staff/access";
import { staffRoutes } from "../../functions/lib/staff/routes";
import { getRecord, type SubmissionRecord } from "../../functions/lib/store";
import { staffWords } from "../../src/lib/staff-words";
import { validEnquiry } from "../fixtures/enquiry";
import { validParticipantRegistration } from "../fixtures/participant-registration";
import { validSchoolRegistration } from "../fixtures/school-registration";
import { functionClient } from "../support/function-client";
import { useLocalServices } from "../support/function-services";
import { seedSubmissions, type Seeded } from "../support/seed-submissions";
import { storedRecords } from "../support/stored-records";
import {
  LOCAL,
  freshStaff,
  shows,
  signIn,
  staffPost,
  staffRequest,
  useStaffEmails,
  type SignedIn,
} from "../support/staff-session";

const services = useLocalServices();
useStaffEmails();

const { schoolRegistration: school, participantRegistration: participant, enquiry } = registeredForms;
const words = staffWords;

/** Sends answers through the form's own function, as a browser would: stored, emailed, listed. */
async function submitThroughForm(entry: RegisteredForm, answers: Record<string, string>) {
  const handler = entry === enquiry ? enquiries : participantRegistrations;
  const { reference } = await (await functionClient(handler, entry.form.endpoint).postJson(answers)).json();
  const stored = (await storedRecords(entry.form.id)).find(({ record }) => record.reference === reference)!;
  return { key: stored.key, record: stored.record, reference: reference as string };
}

describe("signed out", () => {
  let hidden: Seeded;
  /** What the seeded submission holds, that no signed-out answer may show. */
  let secrets: string[];
  /** Cookies that sign nobody in; sessions made afresh for each test, as a session that has ended is deleted. */
  const signedOut = async (): Promise<[string, string | undefined][]> => [
    ["no cookie", undefined],
    ["a garbage cookie", "btsa-staff=garbage"],
    ["a forged session id", `btsa-staff=${randomBytes(32).toString("base64url")}`],
    ["an idle session", `btsa-staff=${await startSession(freshStaff(), Date.now() - IDLE_TIMEOUT_MS - 1)}`],
    ["an expired session", `btsa-staff=${await startSession(freshStaff(), Date.now() - ABSOLUTE_TIMEOUT_MS - 1)}`],
  ];

  beforeAll(async () => {
    const answers = {
      ...validSchoolRegistration(),
      schoolName: "Hidden Heights Academy",
      headteacherEmail: "hidden.head@heights.example",
      tutorEmail: "hidden.tutor@heights.example",
    };
    [hidden] = (await seedSubmissions(school, [new Date().toISOString()], () => answers)) as [Seeded];
    secrets = [hidden.record.reference, answers.schoolName, answers.headteacherEmail, answers.tutorEmail];
  });

  /** Every route's path with a real form and submission, asked for with both methods. */
  const paths = [...new Set(staffRoutes.map((route) => route.path))];
  const requests = paths.flatMap((path) => (["GET", "POST"] as const).map((method) => [method, path] as const));
  const concrete = (path: string) => path.replace(":form", school.form.id).replace(":key", hidden.key);
  /** What the routes anyone may use answer to a request with nothing in it. */
  const publicAnswers: Record<string, number> = {
    "GET /staff/": 200, // the sign-in page
    "POST /staff/sign-in/": 422, // no address given
    "GET /staff/sign-in/link/": 200, // the link's page
    "POST /staff/sign-in/link/": 400, // no token
  };

  it.each(requests)("%s %s: a GET is sent to sign in, a POST refused, and nothing shown", async (method, path) => {
    const route = staffRoutes.find((candidate) => candidate.path === path && candidate.method === method);
    for (const [kind, cookie] of await signedOut()) {
      const label = `${method} ${path} with ${kind}`;
      const response = await staffRequest(concrete(path), { method, cookie, fields: {} });
      const page = await response.text();
      if (route && !route.staffOnly) {
        expect(publicAnswers[`${method} ${path}`], `${label}: a public route this test does not know`).toBeDefined();
        expect(response.status, label).toBe(publicAnswers[`${method} ${path}`]);
      } else if (method === "GET") {
        expect([response.status, response.headers.get("location")], label).toEqual([303, "/staff/"]);
      } else {
        expect(response.status, label).toBe(403);
        expect(shows(page, words.refused.signedOut), label).toBe(true);
      }
      expect(response.headers.get("set-cookie"), label).toBeNull();
      for (const secret of secrets) expect(page, label).not.toContain(secret);
    }
    expect(await getRecord(school.form.id, hidden.key)).toEqual(hidden.record);
    expect(services.smtp.received).toHaveLength(0);
  });

  it("is what the staff function answers, at /staff and everything under it", async () => {
    expect(staffConfig.path).toEqual(["/staff", "/staff/*"]);
    const moved = await staffFunction(new Request(`${LOCAL}/staff`), {} as never);
    expect([moved.status, moved.headers.get("location")]).toEqual([303, "/staff/"]);
    const signInPage = await staffFunction(new Request(`${LOCAL}/staff/`), {} as never);
    expect(shows(await signInPage.text(), words.signIn.intro)).toBe(true);
  });

  it("shows the same submission to signed-in staff, so the checks above would see a leak", async () => {
    const { cookie } = await signIn(services.smtp);
    const list = await (await staffRequest(concrete("/staff/:form/"), { cookie })).text();
    const page = await (await staffRequest(concrete("/staff/:form/:key/"), { cookie })).text();
    for (const secret of secrets) expect(`${list} ${page}`).toContain(secret);
  });

  describe("with no staff address set", () => {
    let live: SignedIn;
    beforeAll(async () => void (live = await signIn(services.smtp)));

    it.each(requests)("%s %s: answers that the staff area is closed, to staff too", async (method, path) => {
      const listed = process.env.STAFF_EMAILS;
      try {
        for (const closed of [undefined, " , "]) {
          if (closed === undefined) delete process.env.STAFF_EMAILS;
          else process.env.STAFF_EMAILS = closed;
          for (const cookie of [undefined, live.cookie]) {
            const label = `${method} ${path}, STAFF_EMAILS ${JSON.stringify(closed)}, cookie ${cookie ?? "none"}`;
            const response = await staffRequest(concrete(path), { method, cookie, fields: {} });
            const page = await response.text();
            expect(response.status, label).toBe(403);
            expect(shows(page, words.closedTitle), label).toBe(true);
            for (const secret of secrets) expect(page, label).not.toContain(secret);
          }
        }
      } finally {
        process.env.STAFF_EMAILS = listed;
      }
      expect(await getRecord(school.form.id, hidden.key)).toEqual(hidden.record);
      expect(services.smtp.received).toHaveLength(0);
    });
  });
});

describe("signed in", () => {
  let me: SignedIn;
  beforeAll(async () => void (me = await signIn(services.smtp)));
  const get = (path: string) => staffRequest(path, { cookie: me.cookie });
  const post = (path: string, fields: Record<string, string> = {}) => staffPost(path, fields, { cookie: me.cookie });
  const pageOf = (entry: RegisteredForm, key: string) => `/staff/${entry.form.id}/${key}/`;

  it("changes the status and the note, each change in the history with the staff member's address", async () => {
    const { key } = await submitThroughForm(participant, validParticipantRegistration());
    for (const [action, fields] of [
      ["status", { status: "in progress" }],
      ["note", { note: "Phoned the tutor." }],
    ] as const) {
      const saved = await post(`${pageOf(participant, key)}${action}/`, fields);
      expect([saved.status, saved.headers.get("location")]).toEqual([303, `${pageOf(participant, key)}?saved`]);
    }
    const record = (await getRecord(participant.form.id, key))!;
    expect(record).toMatchObject({ status: "in progress", note: "Phoned the tutor." });
    expect(record.history.filter((entry) => entry.what !== "email")).toEqual([
      { at: expect.any(String), by: me.email, what: "status", from: "new", to: "in progress" },
      { at: expect.any(String), by: me.email, what: "note", from: null, to: "Phoned the tutor." },
    ]);
    const page = await (await get(`${pageOf(participant, key)}?saved`)).text();
    expect(shows(page, words.submission.saved)).toBe(true);
    expect(page).toContain(`<td>${me.email}</td>`);
    expect(page).toContain("status: New to In progress");
  });

  it.each<[string, string, Record<string, string>, string]>([
    ["an unknown status", "status", { status: "archived" }, "The status must be one of: new, in progress, done."],
    [
      "a training group not in content/training-groups.json",
      "training-group",
      { trainingGroup: "Basildon primary" },
      '"Basildon primary" is not a group in content/training-groups.json.',
    ],
    ["a note over 2,000 characters", "note", { note: "x".repeat(2001) }, "The note must be 2000 characters or fewer."],
  ])("refuses %s with 422 and the reason on the page, saving nothing", async (_, action, fields, message) => {
    const { key, record } = await submitThroughForm(participant, validParticipantRegistration());
    const refused = await post(`${pageOf(participant, key)}${action}/`, fields);
    expect(refused.status).toBe(422);
    const page = await refused.text();
    expect(shows(page, words.submission.errorTitle)).toBe(true);
    expect(shows(page, message)).toBe(true);
    expect(await getRecord(participant.form.id, key)).toEqual(record);
    if (action === "note") expect(page).toContain(`${fields.note}</textarea>`); // what was typed is kept
  });

  it("links every page to the content editor, in the bar with the signed-in address; signed out, there is no link", async () => {
    const page = await (await get("/staff/")).text();
    expect(page).toContain(`<a class="staff-bar__editor" href="/admin/">${words.editSite}</a>`);
    expect(await (await staffRequest("/staff/")).text()).not.toContain('href="/admin/"');
  });

  it("records nothing when an empty note is saved on a submission that has none", async () => {
    const { key, record } = await submitThroughForm(participant, validParticipantRegistration());
    expect((await post(`${pageOf(participant, key)}note/`, { note: "  " })).status).toBe(303);
    expect((await getRecord(participant.form.id, key))!.history).toEqual(record.history);
  });

  it("resends a submission's emails: pending, then sent again to the same addresses", async () => {
    const { key, reference } = await submitThroughForm(enquiry, validEnquiry());
    const first = services.smtp.received.map((mail) => mail.subject);
    const firstTo = [...services.smtp.envelopes];
    expect(first).toHaveLength(2);
    services.smtp.received.length = services.smtp.envelopes.length = 0;

    const resent = await post(`${pageOf(enquiry, key)}resend/`);
    expect([resent.status, resent.headers.get("location")]).toEqual([303, `${pageOf(enquiry, key)}?resent`]);
    expect(services.smtp.received.map((mail) => mail.subject).sort()).toEqual([...first].sort());
    expect([...services.smtp.envelopes].sort()).toEqual([...firstTo].sort());
    expect(first.join()).toContain(reference);

    const { emails, history } = (await getRecord(enquiry.form.id, key))!;
    expect(Object.values(emails).map((email) => email.status)).toEqual(["sent", "sent"]);
    const resends = history.slice(-4).map(({ by, email, from, to }) => ({ by, email, from, to }));
    expect(resends).toEqual(
      expect.arrayContaining(
        Object.keys(emails).flatMap((email) => [
          { by: me.email, email, from: "sent", to: "pending" },
          { by: EMAIL_SENDER, email, from: "pending", to: "sent" },
        ]),
      ),
    );
    expect(shows(await (await get(`${pageOf(enquiry, key)}?resent`)).text(), words.submission.resent)).toBe(true);
  });

  it("asks before deleting, then erases the submission from its record and the list", async () => {
    const { key, reference } = await submitThroughForm(enquiry, { ...validEnquiry(), name: "Delia Deleted" });
    const list = `/staff/${enquiry.form.id}/`;
    expect(await (await get(list)).text()).toContain(reference);

    const asked = await get(`${pageOf(enquiry, key)}delete/`);
    expect(asked.status).toBe(200);
    const question = await asked.text();
    expect(shows(question, `Delete submission ${reference}?`)).toBe(true);
    expect(question).toContain(`<form method="post" action="${pageOf(enquiry, key)}delete/"`);
    expect(await getRecord(enquiry.form.id, key)).not.toBeNull();

    const erased = await post(`${pageOf(enquiry, key)}delete/`);
    expect([erased.status, erased.headers.get("location")]).toEqual([303, `${list}?deleted=${reference}`]);
    expect(await getRecord(enquiry.form.id, key)).toBeNull();
    const after = await (await get(`${list}?deleted=${reference}`)).text();
    expect(shows(after, `Submission ${reference} has been deleted.`)).toBe(true);
    expect(after).not.toContain(pageOf(enquiry, key));
    expect(after).not.toContain("Delia Deleted");
    expect((await get(pageOf(enquiry, key))).status).toBe(404);
    expect((await post(`${pageOf(enquiry, key)}delete/`)).status).toBe(404);
  });

  it("filters the list by status and by text", async () => {
    const run = crypto.randomUUID().slice(0, 8);
    const names = ["Alpha", "Beta", "Gamma"].map((name) => `Filter ${name} ${run}`);
    const seeded = await seedSubmissions(
      school,
      names.map(() => new Date().toISOString()),
      (index) => ({ ...validSchoolRegistration(), schoolName: names[index]! }),
    );
    const [alpha, beta, gamma] = names.map((name) => seeded.find(({ record }) => record.data.schoolName === name)!);
    await post(`${pageOf(school, beta!.key)}status/`, { status: "done" });
    const listed = async (search: string) => {
      const page = await (await get(`/staff/${school.form.id}/?${search}`)).text();
      return names.filter((name) => page.includes(name));
    };
    expect(await listed(`q=${run}`)).toEqual(names);
    expect(await listed(`q=${encodeURIComponent(names[0]!.toUpperCase())}`)).toEqual([alpha!.record.data.schoolName]);
    expect(await listed(`status=done&q=${run}`)).toEqual([beta!.record.data.schoolName]);
    expect(await listed(`status=new&q=${run}`)).toEqual([names[0], names[2]]);
    expect(await listed(`q=${gamma!.record.reference}`)).toEqual([names[2]]);
    const echoed = await (await get(`/staff/${school.form.id}/?q=${encodeURIComponent('"><b>x')}`)).text();
    expect(echoed).toContain('value="&quot;&gt;&lt;b&gt;x"');
  });

  it("answers 405 to a POST to a page, and sends a path without its slash to the one with it", async () => {
    const refused = await post(`/staff/${school.form.id}/`);
    expect([refused.status, refused.headers.get("allow")]).toEqual([405, "GET"]);
    const moved = await get(`/staff/${school.form.id}?status=done`);
    expect([moved.status, moved.headers.get("location")]).toEqual([303, `/staff/${school.form.id}/?status=done`]);
  });
});

describe("the CSV export", () => {
  let me: SignedIn;
  beforeAll(async () => void (me = await signIn(services.smtp)));
  const exportOf = (search: string) =>
    staffRequest(`/staff/${enquiry.form.id}/export.csv${search}`, { cookie: me.cookie });

  const run = crypto.randomUUID().slice(0, 8);
  /** Every hostile answer's school: the filter that picks them out. */
  const hostileSchool = `Hostile ${run}`;
  /** Answers as a spreadsheet must not take them, each as its cell must read, quoted and made text with `'`. */
  const hostile: [string, string][] = [
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ["+cmd|' /C calc'!A0", `"'+cmd|' /C calc'!A0"`],
    ["@SUM(1)", `"'@SUM(1)"`],
    ["-2+3", `"'-2+3"`],
    ['He said "yes", then left', `"He said ""yes"", then left"`],
    ["Zoë Łukasz, 李雷, مرحبا", `"Zoë Łukasz, 李雷, مرحبا"`],
  ];
  /** The form trims one-line answers, so these starts can only come from a record stored otherwise. */
  const whitespaceStarts: [string, string][] = [
    ["\tTabbed", `"'\tTabbed"`],
    ["\rCarriage", `"'\rCarriage"`],
    ["\nLine feed", `"'\nLine feed"`],
  ];
  const stored: { key: string; record: SubmissionRecord; cell: string }[] = [];

  beforeAll(async () => {
    for (const [name, cell] of hostile) {
      const { key, record } = await submitThroughForm(enquiry, { ...validEnquiry(), name, school: hostileSchool });
      expect(record.data.name).toBe(name);
      stored.push({ key, record, cell });
    }
    const seeded = await seedSubmissions(
      enquiry,
      whitespaceStarts.map(() => new Date().toISOString()),
      (index) => ({ ...validEnquiry(), name: whitespaceStarts[index]![0], school: hostileSchool }),
    );
    for (const { key, record } of seeded)
      stored.push({ key, record, cell: whitespaceStarts.find(([name]) => name === record.data.name)![1] });
    await submitThroughForm(enquiry, { ...validEnquiry(), name: `Ordinary ${run}` });
  });

  /** A record's row as the export's bytes must hold it, up to its name's cell. */
  const rowStart = ({ record, cell }: (typeof stored)[number]) =>
    Buffer.from(`"${record.reference}","${record.createdAt.slice(0, 16).replace("T", " ")}","New",${cell},`);

  it("downloads as a UTF-8 CSV file with a byte order mark, named by the form and the day", async () => {
    const response = await exportOf("");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const day = new Date().toISOString().slice(0, 10);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="enquiry-${day}.csv"`);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes(Buffer.from(`Ordinary ${run}`))).toBe(true);
  });

  it("holds every hostile answer as text, on the bytes", async () => {
    const bytes = Buffer.from(await (await exportOf(`?q=${encodeURIComponent(hostileSchool)}`)).arrayBuffer());
    for (const row of stored) expect(bytes.includes(rowStart(row)), JSON.stringify(row.record.data.name)).toBe(true);
  });

  it("exports only the rows the list's filter shows", async () => {
    const done = await submitThroughForm(enquiry, { ...validEnquiry(), name: "Dana Done", school: hostileSchool });
    await staffPost(`/staff/${enquiry.form.id}/${done.key}/status/`, { status: "done" }, { cookie: me.cookie });
    const byText = await (await exportOf(`?q=${encodeURIComponent(hostileSchool)}`)).text();
    expect(byText).not.toContain(`Ordinary ${run}`);
    for (const { record } of [...stored, done]) expect(byText).toContain(record.reference);

    const byStatus = await (await exportOf(`?status=done&q=${encodeURIComponent(hostileSchool)}`)).text();
    expect(byStatus).toContain(done.reference);
    for (const { record } of stored) expect(byStatus).not.toContain(record.reference);
  });
});
