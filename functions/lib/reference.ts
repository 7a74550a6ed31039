import { hash } from "node:crypto";

/** Crockford's base 32: no I, L, O or U, so a reference read out over the phone is not misheard. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * The key a submission is stored under: a hash of the form and the client's submission id (or, without
 * JavaScript, of the answers themselves). The same submission always gets the same key, so a retry or a
 * double click lands on the record already there instead of making a second one.
 */
export function submissionKey(formId: string, submissionId: string): string {
  return hash("sha256", `${formId}\n${submissionId}`).slice(0, 32);
}

/** A reference people can quote, like BTSA-2026-7KQ4TZ: prefix, year, six characters derived from the key. */
export function referenceFor(key: string, prefix: string, year: number): string {
  const bytes = Buffer.from(key, "hex");
  let code = "";
  for (let index = 0; index < 6; index++) code += ALPHABET[bytes[index]! % 32];
  return `${prefix}-${year}-${code}`;
}

/** True for a string shaped like a reference: what a confirmation page will show. */
export const isReference = (value: string) => /^[A-Z0-9]{2,12}-\d{4}-[0-9A-HJKMNP-TV-Z]{6}$/.test(value);
