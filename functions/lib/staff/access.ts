import { createHash, randomBytes } from "node:crypto";
import { getStore } from "@netlify/blobs";
import { changeJson, readForUpdate } from "../conditional-write.ts";
import { inParallel } from "../in-parallel.ts";

/**
 * Who may use the staff area, and how they prove it without a password: an address on the allow-list
 * (STAFF_EMAILS) is emailed a one-time link; spending it starts a session. Links, sessions and rate limits
 * live in one Blobs store, each under the SHA-256 of its secret or subject: the store never holds a usable token
 * or session id (256 random bits cannot be guessed back from their hash). An IP address or staff address is
 * only pseudonymous under its hash (there are few enough to try them all), so the daily clean-up removes its
 * counts once their window has passed (sweepExpiredAccess).
 */

/** A sign-in link works for this long. */
export const LINK_LIFETIME_MS = 15 * 60_000;
/** A session ends after this long without a request… */
export const IDLE_TIMEOUT_MS = 2 * 60 * 60_000;
/** …and this long after sign-in, whatever happens. */
export const ABSOLUTE_TIMEOUT_MS = 8 * 60 * 60_000;
/** A session's last use is written at most this often: not every page costs a write. */
const SEEN_RESOLUTION_MS = 60_000;

/** At most this many links to one address in LINK_WINDOW_MS… */
export const LINKS_PER_ADDRESS = 5;
export const LINK_WINDOW_MS = 60 * 60_000;
/** …and this many sign-in requests (asking for a link, or spending one) from one IP in REQUEST_WINDOW_MS. */
export const REQUESTS_PER_IP = 20;
export const REQUEST_WINDOW_MS = 10 * 60_000;

const accessStore = () => getStore({ name: "staff-access", consistency: "strong" });

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
/** 256 random bits, URL-safe: a sign-in token or a session id. */
const secret = () => randomBytes(32).toString("base64url");
const isSecret = (text: string) => /^[A-Za-z0-9_-]{43}$/.test(text);

const linkKey = (token: string) => `links/${sha256(token)}`;
const sessionKey = (id: string) => `sessions/${sha256(id)}`;
const limitKey = (kind: string, subject: string) => `limits/${kind}/${sha256(subject)}`;

/** The staff addresses in STAFF_EMAILS (comma-separated), lower case; none means the staff area is closed. */
export function staffEmails(): string[] {
  return (process.env.STAFF_EMAILS ?? "")
    .split(",")
    .map((address) => address.trim().toLowerCase())
    .filter(Boolean);
}

export const isStaff = (email: string) => staffEmails().includes(email.trim().toLowerCase());

interface Hits {
  at: number[];
}

/**
 * Counts one hit against a limit of `max` in a sliding window, and says whether it is allowed. A hit past the
 * limit is not counted, so the limit lifts as the window slides.
 */
export async function withinLimit(kind: string, subject: string, max: number, windowMs: number, now = Date.now()) {
  let allowed = false;
  await changeJson<Hits>(accessStore(), limitKey(kind, subject), (current) => {
    const recent = (current?.at ?? []).filter((at) => at > now - windowMs);
    allowed = recent.length < max;
    return allowed ? { at: [...recent, now] } : null;
  });
  return allowed;
}

interface StoredLink {
  email: string;
  expiresAt: number;
  spentAt?: number;
}

/**
 * Makes a sign-in link's token for a staff address: the token goes in the email, only its hash is stored.
 * Returns null if the address is not on the list or has had its links for the hour; the caller answers the
 * same either way.
 */
export async function issueLinkToken(email: string, now = Date.now()): Promise<string | null> {
  if (!isStaff(email)) return null;
  const address = email.trim().toLowerCase();
  if (!(await withinLimit("address", address, LINKS_PER_ADDRESS, LINK_WINDOW_MS, now))) return null;
  const token = secret();
  await accessStore().setJSON(linkKey(token), { email: address, expiresAt: now + LINK_LIFETIME_MS });
  return token;
}

/**
 * Spends a sign-in link's token: returns its address if the token is known, unspent, unexpired and its address
 * still on the list, and null otherwise. Of two requests spending one token at once, only one gets the address
 * (the spend is a conditional write).
 */
export async function spendLinkToken(token: string, now = Date.now()): Promise<string | null> {
  if (!isSecret(token)) return null;
  const store = accessStore();
  const key = linkKey(token);
  let spent: StoredLink | null = null;
  await changeJson<StoredLink>(store, key, (link) => {
    spent = null;
    if (!link || link.spentAt !== undefined || link.expiresAt <= now) return null;
    spent = link;
    return { ...link, spentAt: now };
  });
  if (!spent) return null;
  await store.delete(key);
  const { email } = spent as StoredLink;
  return isStaff(email) ? email : null;
}

interface StoredSession {
  email: string;
  startedAt: number;
  seenAt: number;
}

/** A signed-in staff member: their address, and the session's id (for signing out). */
export interface StaffSession {
  id: string;
  email: string;
}

/** Starts a session for an address that has just spent its link; returns its id, for the cookie only. */
export async function startSession(email: string, now = Date.now()): Promise<string> {
  const id = secret();
  await accessStore().setJSON(sessionKey(id), { email, startedAt: now, seenAt: now } satisfies StoredSession);
  return id;
}

/**
 * The session a cookie's id belongs to, if it is live: not idle for two hours, not older than eight, and its
 * address still on the list. A session that has ended is deleted. A live one is marked as used.
 */
export async function liveSession(id: string | undefined, now = Date.now()): Promise<StaffSession | null> {
  if (!id || !isSecret(id)) return null;
  const store = accessStore();
  const key = sessionKey(id);
  const found = await readForUpdate<StoredSession>(store, key);
  if (!found) return null;
  const session = found.data;
  const ended =
    now - session.seenAt >= IDLE_TIMEOUT_MS ||
    now - session.startedAt >= ABSOLUTE_TIMEOUT_MS ||
    !isStaff(session.email);
  if (ended) {
    await store.delete(key);
    return null;
  }
  // Written only over the version read: a plain write would bring back a session signed out meanwhile.
  if (now - session.seenAt >= SEEN_RESOLUTION_MS)
    await changeJson<StoredSession>(
      store,
      key,
      (current) => current && { ...current, seenAt: Math.max(current.seenAt, now) },
      found,
    );
  return { id, email: session.email };
}

/** Ends a session on the server: its cookie is worth nothing afterwards. */
export async function endSession(id: string): Promise<void> {
  if (isSecret(id)) await accessStore().delete(sessionKey(id));
}

/** How many blobs the sweep reads at once. */
const SWEEP_CONCURRENCY = 16;

/**
 * Deletes what has expired: links past their 15 minutes, sessions past their timeouts, and limits with no hit
 * in their window; it starts no read after `deadline`, and what is left waits for the next run. The daily clean-up
 * runs it; nothing depends on it for security (each is checked when read).
 */
export async function sweepExpiredAccess(now = Date.now(), deadline = Infinity): Promise<number> {
  const store = accessStore();
  const { blobs } = await store.list();
  let deleted = 0;
  // A few at a time, and none started after the deadline: many IP addresses asking in a day make many counts.
  await inParallel(
    blobs,
    SWEEP_CONCURRENCY,
    async ({ key }) => {
      const value = (await store.get(key, { type: "json" })) as StoredLink | StoredSession | Hits | null;
      if (!value || isExpired(key, value, now)) {
        await store.delete(key);
        deleted++;
      }
    },
    deadline,
  );
  return deleted;
}

function isExpired(key: string, value: StoredLink | StoredSession | Hits, now: number): boolean {
  if (key.startsWith("links/")) return (value as StoredLink).expiresAt <= now;
  if (key.startsWith("sessions/")) {
    const { seenAt, startedAt } = value as StoredSession;
    return now - seenAt >= IDLE_TIMEOUT_MS || now - startedAt >= ABSOLUTE_TIMEOUT_MS;
  }
  const windowMs = key.startsWith("limits/ip/") ? REQUEST_WINDOW_MS : LINK_WINDOW_MS;
  return (value as Hits).at.every((at) => at <= now - windowMs);
}
