/**
 * Field rules that more than one form uses. Each takes its question's error messages from the form's content
 * file (messages.ts), so every form speaks of its own questions in the alliance's words, while each limit is
 * written once, here or in the form's schema, and shown in a message as `{max}` or `{min}`.
 */
import { number, string } from "yup";
import { messageFor, type FieldMessages } from "./messages.ts";

/** Letters, digits and punctuation only: control characters never reach storage, emails or headers. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- as above, but line breaks are allowed in long answers
const CONTROL_EXCEPT_LINE_BREAKS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/;

/** Collapses runs of whitespace (line breaks included) to one space and trims, as people expect of one-line fields. */
const oneLine = (value: unknown) => (typeof value === "string" ? value.replace(/\s+/g, " ").trim() : value);

/** A required one-line answer, like a name. Messages: required, tooLong, format. */
export const requiredText = (messages: FieldMessages, max = 120) =>
  optionalText(messages, max).required(messageFor(messages, "required"));

/** An optional one-line answer. Messages: tooLong, format. */
export const optionalText = (messages: FieldMessages, max = 120) =>
  string()
    .transform(oneLine)
    .max(max, messageFor(messages, "tooLong", { max }))
    .test("no-control", messageFor(messages, "format"), (value) => (value ? !CONTROL_CHARACTERS.test(value) : true))
    .default("");

/**
 * A longer answer that may span lines; control characters other than line breaks are refused. Messages: tooLong,
 * format.
 */
export const longText = (messages: FieldMessages, max: number) =>
  string()
    .trim()
    .max(max, messageFor(messages, "tooLong", { max }))
    .test("no-control", messageFor(messages, "format"), (value) =>
      value ? !CONTROL_EXCEPT_LINE_BREAKS.test(value) : true,
    )
    .default("");

/**
 * An email address, checked as GOV.UK Notify does: one @, a dotted domain of letters, digits and
 * hyphens, and a local part of the characters mail systems accept.
 */
const EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;

/** The longest email address mail systems accept (RFC 5321). */
const EMAIL_MAX_LENGTH = 254;

/** A required email address. Messages: required, tooLong, format. */
export const email = (messages: FieldMessages) =>
  string()
    .trim()
    .required(messageFor(messages, "required"))
    .max(EMAIL_MAX_LENGTH, messageFor(messages, "tooLong", { max: EMAIL_MAX_LENGTH }))
    .test(
      "email",
      messageFor(messages, "format"),
      (value) => !value || (EMAIL.test(value) && !value.includes("..") && !CONTROL_CHARACTERS.test(value)),
    );

/**
 * A UK phone number: digits with spaces, brackets, hyphens or a leading +44, 10 or 11 digits in all. Messages:
 * required, format.
 */
export const ukPhone = (messages: FieldMessages) =>
  string()
    .trim()
    .required(messageFor(messages, "required"))
    .test("uk-phone", messageFor(messages, "format"), (value) => !value || isUkPhone(value));

/** True for a UK phone number as people write it. */
export function isUkPhone(value: string): boolean {
  if (!/^[0-9 ()+-]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, "").replace(/^44/, value.trim().startsWith("+") ? "0" : "44");
  return /^0\d{9,10}$/.test(digits);
}

/** A UK postcode, stored in capitals with one space before the last three characters. Messages: required, format. */
export const postcode = (messages: FieldMessages) =>
  string()
    .transform((value: unknown) => (typeof value === "string" ? normalisePostcode(value) : value))
    .required(messageFor(messages, "required"))
    .matches(/^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$/, messageFor(messages, "format"));

/** "ss143hg " → "SS14 3HG"; anything too short to split is only upper-cased. */
export function normalisePostcode(value: string): string {
  const compact = value.replace(/\s+/g, "").toUpperCase();
  return compact.length >= 5 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

/** A school's unique reference number (URN): 6 digits, spaces ignored. Messages: required, format. */
export const urn = (messages: FieldMessages) =>
  string()
    .transform((value: unknown) => (typeof value === "string" ? value.replace(/\s+/g, "") : value))
    .required(messageFor(messages, "required"))
    .matches(/^\d{6}$/, messageFor(messages, "format"));

/** A TRN's fewest and most digits. */
const TRN_DIGITS = { min: 5, max: 7 };

/**
 * A teacher reference number (TRN), as DfE reads one: every non-digit dropped ("RP99/12345" → 9912345),
 * 5 to 7 digits, stored padded to 7 with leading zeros. Messages: required, tooShort, tooLong.
 */
export const trn = (messages: FieldMessages) =>
  string()
    .transform((value: unknown) => {
      if (typeof value !== "string") return value;
      const digits = value.replace(/\D/g, "");
      return digits.length >= TRN_DIGITS.min && digits.length <= TRN_DIGITS.max
        ? digits.padStart(TRN_DIGITS.max, "0")
        : digits;
    })
    .required(messageFor(messages, "required"))
    .min(TRN_DIGITS.min, messageFor(messages, "tooShort", { min: TRN_DIGITS.min }))
    .max(TRN_DIGITS.max, messageFor(messages, "tooLong", { max: TRN_DIGITS.max }));

/** A whole number of people from 0 to `max`. Messages: notANumber, required, notWhole, tooSmall, tooLarge. */
export const headcount = (messages: FieldMessages, max = 99) =>
  number()
    .transform((value: number, original: unknown) => (original === "" || original == null ? undefined : value))
    .typeError(messageFor(messages, "notANumber"))
    .required(messageFor(messages, "required"))
    .integer(messageFor(messages, "notWhole"))
    .min(0, messageFor(messages, "tooSmall", { min: 0 }))
    .max(max, messageFor(messages, "tooLarge", { max }));

/**
 * One of a fixed list of answers, as radios or a select offer them. Message: required, also for an answer not
 * offered (only a stale page or a crafted request sends one).
 */
export const choice = (values: readonly string[], messages: FieldMessages) => {
  const message = messageFor(messages, "required");
  return string()
    .required(message)
    .oneOf([...values], message);
};

/** A box that must be ticked ("yes"), like agreement to the privacy notice. Message: required. */
export const mustTick = (messages: FieldMessages) => {
  const message = messageFor(messages, "required");
  return string().required(message).oneOf(["yes"], message);
};
