/**
 * Signing in to the staff area, through the staff function's handler against a real local Blobs server and a
 * real SMTP server: the emailed one-time link, the session cookie, the sessions' timeouts and sign-out, the rate
 * limits, forged cross-site POSTs, and the sweep of what has expired.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import deleteExpiredSubmissions from "../../functions/delete-expired-submissions";
import { registeredForms } from "../../functions/lib/registered-forms";
import {
  ABSOLUTE_TIMEOUT_MS,
  IDLE_TIMEOUT_MS,
  LINK_LIFETIME_MS,
  LINK_WINDOW_MS,
  LINKS_PER_ADDRESS,
  REQUESTS_PER_IP,
  REQUEST_WINDOW_MS,
  endSession,
  issueLinkToken,
  liveSession,
  spendLinkToken,
  startSession,
  sweepExpiredAccess,
  withinLimit,
} from "../../functions/lib/staff/access";
import { getRecord } from "../../functions/lib/store";
import { staffWords } from "../../src/lib/staff-words";
import { validSchoolRegistration } from "../fixtures/school-registration";
import { everyBlob } from "../support/every-blob";
import { useLocalServices } from "../support/function-services";
import { seedSubmissions } from "../support/seed-submissions";
import {
  freshIp,
  freshStaff,
  lastToken,
  parseSetCookie,
  shows,
  signIn,
  signInLinks,
  staffPost,
  staffRequest,
  useStaffEmails,
} from "../support/staff-session";

const services = useLocalServices();
useStaffEmails();

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const askForLink = (email: string, ip = freshIp()) => staffPost("/staff/sign-in/", { email }, { ip });
const spendLink = (token: string, ip = freshIp()) => staffPost("/staff/sign-in/link/", { token }, { ip });
const accessBlobs = async () => (await everyBlob()).filter((blob) => blob.store === "staff-access");
const accessKeys = async () => (await accessBlobs()).map((blob) => blob.key);
/** Whether a signed-in browser gets the dashboard (signed out, it gets the sign-in page). */
const seesDashboard = async (cookie: string, site?: string) =>
  shows(await (await staffRequest("/staff/", { cookie, site })).text(), staffWords.dashboard.intro);

describe("asking for a sign-in link", () => {
  it("answers a listed and an unlisted address alike, and emails only the listed one", async () => {
    const listed = freshStaff();
    const [forListed, forUnlisted] = [await askForLink(listed), await askForLink("stranger@elsewhere.example")];
    expect(forUnlisted.status).toBe(forListed.status);
    expect(forListed.status).toBe(200);
    expect(await forUnlisted.text()).toBe(await forListed.text());
    expect(services.smtp.envelopes).toEqual([[listed]]);
    const [mail] = services.smtp.received;
    expect(mail!.subject).toBe("Sign in to the BTSA staff area");
    const [link] = signInLinks(services.smtp, listed);
    expect(link).toMatch(/^http:\/\/localhost\/staff\/sign-in\/link\/\?token=[A-Za-z0-9_-]{43}$/);
    expect(mail!.html).toContain(`href="${link}"`);
  });

  it("asks again for an address that does not look like one", async () => {
    const response = await askForLink("not an address");
    expect(response.status).toBe(422);
    expect(shows(await response.text(), staffWords.signIn.emailMissing)).toBe(true);
    expect(services.smtp.received).toHaveLength(0);
  });
});

describe("the sign-in link", () => {
  it("opens a page with a button, which does not spend it: only the POST does", async () => {
    const email = freshStaff();
    await askForLink(email);
    const token = lastToken(services.smtp, email);
    for (let time = 0; time < 2; time++) {
      const opened = await staffRequest(`/staff/sign-in/link/?token=${token}`);
      expect(opened.status).toBe(200);
      expect(opened.headers.get("referrer-policy")).toBe("same-origin");
      const page = await opened.text();
      expect(page).toContain(`<input type="hidden" name="token" value="${token}" />`);
      expect(page).toContain(`<button class="button" type="submit">${staffWords.signIn.linkButton}</button>`);
    }
    const echoed = await (await staffRequest(`/staff/sign-in/link/?token=${encodeURIComponent('"><b>x')}`)).text();
    expect(echoed).toContain('value="&quot;&gt;&lt;b&gt;x"');
    const spent = await spendLink(token);
    expect(spent.status).toBe(303);
    expect(spent.headers.get("location")).toBe("/staff/");
    const { value } = parseSetCookie(spent.headers.get("set-cookie")!);
    expect(await seesDashboard(`btsa-staff=${value}`)).toBe(true);
  });

  it("works once: a second POST is refused", async () => {
    const email = freshStaff();
    await askForLink(email);
    const token = lastToken(services.smtp, email);
    expect((await spendLink(token)).status).toBe(303);
    const again = await spendLink(token);
    expect(again.status).toBe(400);
    expect(again.headers.get("set-cookie")).toBeNull();
    expect(shows(await again.text(), staffWords.signIn.linkRefused)).toBe(true);
  });

  it("refuses an altered or malformed token, and the real one still works afterwards", async () => {
    const email = freshStaff();
    await askForLink(email);
    const token = lastToken(services.smtp, email);
    const altered = `${token.slice(0, 10)}${token[10] === "A" ? "B" : "A"}${token.slice(11)}`;
    for (const wrong of [altered, token.slice(1), `${token}A`, "", "abc", `${token.slice(0, 42)}=`]) {
      const refused = await spendLink(wrong);
      expect(refused.status, JSON.stringify(wrong)).toBe(400);
      expect(refused.headers.get("set-cookie")).toBeNull();
    }
    expect((await spendLink(token)).status).toBe(303);
  });

  it("expires after 15 minutes", async () => {
    const email = freshStaff();
    const issuedAt = Date.now();
    const [spentInTime, spentLate] = [await issueLinkToken(email, issuedAt), await issueLinkToken(email, issuedAt)];
    expect(await spendLinkToken(spentLate!, issuedAt + LINK_LIFETIME_MS + MINUTE)).toBeNull();
    expect(await spendLinkToken(spentInTime!, issuedAt + LINK_LIFETIME_MS - MINUTE)).toBe(email);

    const stale = await issueLinkToken(email, Date.now() - LINK_LIFETIME_MS - MINUTE);
    expect((await spendLink(stale!)).status).toBe(400);
  });

  it("sets an HttpOnly, SameSite=Strict cookie for the whole site, for as long as a session can last", async () => {
    const sites = ["http://localhost", "http://127.0.0.1", "https://btsa.example"];
    const [local, loopback, secure] = await Promise.all(sites.map((site) => signIn(services.smtp, freshStaff(), site)));
    const attributes = { httponly: "", samesite: "Strict", path: "/", "max-age": String(ABSOLUTE_TIMEOUT_MS / 1000) };
    for (const plain of [local!, loopback!]) {
      expect(plain.setCookie.name).toBe("btsa-staff");
      expect(Object.fromEntries(plain.setCookie.attributes)).toEqual(attributes);
    }
    // Over https: Secure, and the __Host- prefix that binds it to this host.
    expect(secure!.setCookie.name).toBe("__Host-btsa-staff");
    expect(Object.fromEntries(secure!.setCookie.attributes)).toEqual({ ...attributes, secure: "" });
    expect(await seesDashboard(secure!.cookie, "https://btsa.example")).toBe(true);
    expect(await seesDashboard(`btsa-staff=${secure!.id}`, "https://btsa.example")).toBe(false);
  });

  it("leaves in the store no token, session id, IP address or staff address in a key", async () => {
    const email = freshStaff();
    const ip = freshIp();
    await askForLink(email, ip);
    const token = lastToken(services.smtp, email);
    expect(await accessKeys()).toContain(`links/${sha256(token)}`);
    const spent = await spendLink(token, ip);
    const { value: id } = parseSetCookie(spent.headers.get("set-cookie")!);
    expect(await accessKeys()).toContain(`sessions/${sha256(id)}`);
    for (const { key, text } of await accessBlobs()) {
      for (const secret of [token, id, ip]) expect(`${key} ${text}`).not.toContain(secret);
      expect(key).not.toContain(email);
    }
  });
});

describe("sessions", () => {
  it("end after two hours without a request", async () => {
    const startedAt = Date.now();
    const id = await startSession(freshStaff(), startedAt);
    const lastUsed = startedAt + IDLE_TIMEOUT_MS - MINUTE;
    expect(await liveSession(id, lastUsed)).not.toBeNull();
    expect(await liveSession(id, lastUsed + IDLE_TIMEOUT_MS - MINUTE)).not.toBeNull();
    expect(await liveSession(id, lastUsed + 2 * IDLE_TIMEOUT_MS)).toBeNull();
    // Ended for good: it was deleted, so an earlier time does not bring it back.
    expect(await liveSession(id, lastUsed)).toBeNull();
  });

  it("end eight hours after sign-in, however busy", async () => {
    const startedAt = Date.now();
    const id = await startSession(freshStaff(), startedAt);
    for (let hour = 1; hour < 8; hour++) expect(await liveSession(id, startedAt + hour * HOUR)).not.toBeNull();
    expect(await liveSession(id, startedAt + ABSOLUTE_TIMEOUT_MS - MINUTE)).not.toBeNull();
    expect(await liveSession(id, startedAt + ABSOLUTE_TIMEOUT_MS)).toBeNull();
  });

  it("end on the server at sign-out: the old cookie is worth nothing", async () => {
    const me = await signIn(services.smtp);
    const out = await staffPost("/staff/sign-out/", {}, { cookie: me.cookie });
    expect(out.status).toBe(303);
    expect(out.headers.get("location")).toBe("/staff/?signed-out");
    const cleared = parseSetCookie(out.headers.get("set-cookie")!);
    expect([cleared.name, cleared.value, cleared.attributes.get("max-age")]).toEqual(["btsa-staff", "", "0"]);

    expect(await liveSession(me.id)).toBeNull();
    expect(await seesDashboard(me.cookie)).toBe(false);
    const list = await staffRequest("/staff/enquiry/", { cookie: me.cookie });
    expect([list.status, list.headers.get("location")]).toEqual([303, "/staff/"]);
    expect((await staffPost("/staff/sign-out/", {}, { cookie: me.cookie })).status).toBe(403);
  });

  it("stay ended when a request of theirs was under way at sign-out", async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const now = Date.now();
      const id = await startSession(freshStaff(), now);
      // A minute on, the request marks the session as used: a write that must not bring it back.
      await Promise.all([liveSession(id, now + MINUTE), endSession(id)]);
      expect(await liveSession(id, now + 2 * MINUTE), `attempt ${attempt + 1}`).toBeNull();
    }
  });

  it("end when their address is taken off STAFF_EMAILS, and stay ended if it is put back", async () => {
    const me = await signIn(services.smtp);
    expect(await seesDashboard(me.cookie)).toBe(true);
    const listed = process.env.STAFF_EMAILS!;
    process.env.STAFF_EMAILS = listed.replace(me.email, "someone-else@btsa.example");
    try {
      const list = await staffRequest("/staff/enquiry/", { cookie: me.cookie });
      expect([list.status, list.headers.get("location")]).toEqual([303, "/staff/"]);
    } finally {
      process.env.STAFF_EMAILS = listed;
    }
    expect(await seesDashboard(me.cookie)).toBe(false);
  });
});

describe("rate limits", () => {
  it(`emails an address at most ${LINKS_PER_ADDRESS} links an hour, answering the same past that`, async () => {
    const email = freshStaff();
    const answers: string[] = [];
    for (let request = 0; request <= LINKS_PER_ADDRESS; request++) {
      const response = await askForLink(email);
      answers.push(`${response.status} ${await response.text()}`);
    }
    expect(new Set(answers).size).toBe(1);
    expect(signInLinks(services.smtp, email)).toHaveLength(LINKS_PER_ADDRESS);
  });

  it("lifts the limit on an address as the hour slides on", async () => {
    const email = freshStaff();
    const start = Date.now();
    for (let link = 0; link < LINKS_PER_ADDRESS; link++) expect(await issueLinkToken(email, start)).not.toBeNull();
    expect(await issueLinkToken(email, start + LINK_WINDOW_MS - MINUTE)).toBeNull();
    expect(await issueLinkToken(email, start + LINK_WINDOW_MS + MINUTE)).not.toBeNull();
  });

  it(`takes at most ${REQUESTS_PER_IP} sign-in requests from one IP address in 10 minutes`, async () => {
    const ip = freshIp();
    const email = freshStaff();
    for (let request = 0; request < REQUESTS_PER_IP - 1; request++)
      await askForLink(`stranger-${request}@elsewhere.example`, ip);
    expect((await askForLink(email, ip)).status).toBe(200);
    const token = lastToken(services.smtp, email);

    const past = await askForLink(freshStaff(), ip);
    expect(past.status).toBe(200);
    expect(services.smtp.received).toHaveLength(1);
    expect((await spendLink(token, ip)).status).toBe(400);
    // Refused for the address it came from, not for the token: from elsewhere it works.
    expect((await spendLink(token, freshIp())).status).toBe(303);
  });

  it("lifts the limit on an IP address as the 10 minutes slide on", async () => {
    const ip = freshIp();
    const start = Date.now();
    for (let request = 0; request < REQUESTS_PER_IP; request++)
      expect(await withinLimit("ip", ip, REQUESTS_PER_IP, REQUEST_WINDOW_MS, start)).toBe(true);
    expect(await withinLimit("ip", ip, REQUESTS_PER_IP, REQUEST_WINDOW_MS, start + MINUTE)).toBe(false);
    expect(await withinLimit("ip", ip, REQUESTS_PER_IP, REQUEST_WINDOW_MS, start + REQUEST_WINDOW_MS + 1)).toBe(true);
  });
});

describe("forged requests", () => {
  const forgeries: [string, Record<string, string>, string | null][] = [
    ["the browser calls it cross-site", { "Sec-Fetch-Site": "cross-site" }, "http://localhost"],
    ["its Origin is another site's", {}, "https://evil.example"],
    ["it has no Origin", {}, null],
  ];

  it.each(forgeries)("refuses a POST when %s, changing nothing", async (_, headers, origin) => {
    const me = await signIn(services.smtp);
    const school = registeredForms.schoolRegistration;
    const [{ key, record }] = await seedSubmissions(school, [new Date().toISOString()], () =>
      validSchoolRegistration(),
    );
    const forged = (path: string, fields: Record<string, string>) =>
      staffPost(path, fields, { cookie: me.cookie, headers, origin });

    const attempts = [
      await forged(`/staff/${school.form.id}/${key}/status/`, { status: "done" }),
      await forged(`/staff/${school.form.id}/${key}/delete/`, {}),
      await forged("/staff/sign-out/", {}),
      await forged("/staff/sign-in/", { email: me.email }),
    ];
    for (const response of attempts) {
      expect(response.status).toBe(403);
      expect(shows(await response.text(), staffWords.refused.crossSite)).toBe(true);
    }
    expect(await getRecord(school.form.id, key!)).toEqual(record);
    expect(await seesDashboard(me.cookie)).toBe(true);
    expect(services.smtp.received).toHaveLength(1); // the sign-in link of signIn only

    const email = freshStaff();
    await askForLink(email);
    const token = lastToken(services.smtp, email);
    expect((await staffPost("/staff/sign-in/link/", { token }, { headers, origin })).status).toBe(403);
    expect((await spendLink(token)).status).toBe(303);
  });
});

describe("the sweep of expired access", () => {
  it("deletes expired links, sessions and limits, and keeps live ones", async () => {
    const now = Date.now();
    const [expiredLink, liveLink] = [
      await issueLinkToken(freshStaff(), now - LINK_LIFETIME_MS - MINUTE),
      await issueLinkToken(freshStaff(), now),
    ];
    const idle = await startSession(freshStaff(), now - IDLE_TIMEOUT_MS - MINUTE);
    const old = await startSession(freshStaff(), now - ABSOLUTE_TIMEOUT_MS - MINUTE);
    for (let hour = 7; hour >= 1; hour--) await liveSession(old, now - hour * HOUR); // busy, never idle
    const live = await startSession(freshStaff(), now - HOUR);
    // Each limit by its own window: an IP's 10 minutes, an address's hour.
    const [staleIp, busyIp, staleAddress, busyAddress] = [freshIp(), freshIp(), freshStaff(), freshStaff()];
    await withinLimit("ip", staleIp, REQUESTS_PER_IP, REQUEST_WINDOW_MS, now - REQUEST_WINDOW_MS - MINUTE);
    await withinLimit("ip", busyIp, REQUESTS_PER_IP, REQUEST_WINDOW_MS, now - MINUTE);
    await withinLimit("address", staleAddress, LINKS_PER_ADDRESS, LINK_WINDOW_MS, now - LINK_WINDOW_MS - MINUTE);
    await withinLimit("address", busyAddress, LINKS_PER_ADDRESS, LINK_WINDOW_MS, now - REQUEST_WINDOW_MS - MINUTE);

    const gone = [`links/${sha256(expiredLink!)}`, `sessions/${sha256(idle)}`, `sessions/${sha256(old)}`];
    gone.push(`limits/ip/${sha256(staleIp)}`, `limits/address/${sha256(staleAddress)}`);
    const kept = [`links/${sha256(liveLink!)}`, `sessions/${sha256(live)}`];
    kept.push(`limits/ip/${sha256(busyIp)}`, `limits/address/${sha256(busyAddress)}`);
    expect(await accessKeys()).toEqual(expect.arrayContaining([...gone, ...kept]));

    expect(await sweepExpiredAccess(now)).toBeGreaterThanOrEqual(gone.length);
    const left = await accessKeys();
    expect(left).toEqual(expect.arrayContaining(kept));
    for (const key of gone) expect(left).not.toContain(key);
    expect(await liveSession(live, now)).not.toBeNull();
  });

  it("is run by the daily clean-up", async () => {
    const expired = await issueLinkToken(freshStaff(), Date.now() - LINK_LIFETIME_MS - MINUTE);
    const { expiredAccess } = await (await deleteExpiredSubmissions()).json();
    expect(expiredAccess).toBeGreaterThanOrEqual(1);
    expect(await accessKeys()).not.toContain(`links/${sha256(expired!)}`);
  });
});
