/**
 * Field rules that more than one form uses, with their messages in GOV.UK wording. Each takes the words
 * that name the field in messages ("the school's name"), so every form speaks of its own fields.
 */
import { number, string } from "yup";

/** Letters, digits and punctuation only: control characters never reach storage, emails or headers. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- as above, but line breaks are allowed in long answers
const CONTROL_EXCEPT_LINE_BREAKS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/;

/** Collapses runs of whitespace (line breaks included) to one space and trims, as people expect of one-line fields. */
const oneLine = (value: unknown) => (typeof value === "string" ? value.replace(/\s+/g, " ").trim() : value);

/** A required one-line answer, like a name; `what` is how a message names it ("the school's name"). */
export const requiredText = (what: string, max = 120) => optionalText(what, max).required(`Enter ${what}`);

/** An optional one-line answer. */
export const optionalText = (what: string, max = 120) =>
  string()
    .transform(oneLine)
    .max(max, `${capitalise(what)} must be ${max} characters or fewer`)
    .test("no-control", `${capitalise(what)} must only include letters, numbers and punctuation`, (value) =>
      value ? !CONTROL_CHARACTERS.test(value) : true,
    )
    .default("");

/** A longer answer that may span lines; control characters other than line breaks are refused. */
export const longText = (what: string, max: number) =>
  string()
    .trim()
    .max(max, `${capitalise(what)} must be ${max} characters or fewer`)
    .test("no-control", `${capitalise(what)} must only include letters, numbers and punctuation`, (value) =>
      value ? !CONTROL_EXCEPT_LINE_BREAKS.test(value) : true,
    )
    .default("");

/**
 * An email address, checked as GOV.UK Notify does: one @, a dotted domain of letters, digits and
 * hyphens, and a local part of the characters mail systems accept.
 */
const EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;

/** A required email address; `whose` names it ("the headteacher's"). */
export const email = (whose: string) =>
  string()
    .trim()
    .required(`Enter ${whose} email address`)
    .max(254, `${capitalise(whose)} email address must be 254 characters or fewer`)
    .test(
      "email",
      "Enter an email address in the correct format, like name@example.com",
      (value) => !value || (EMAIL.test(value) && !value.includes("..") && !CONTROL_CHARACTERS.test(value)),
    );

/** A UK phone number: digits with spaces, brackets, hyphens or a leading +44, 10 or 11 digits in all. */
export const ukPhone = (whose: string) =>
  string()
    .trim()
    .required(`Enter ${whose} phone number`)
    .test(
      "uk-phone",
      "Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192",
      (value) => !value || isUkPhone(value),
    );

/** True for a UK phone number as people write it. */
export function isUkPhone(value: string): boolean {
  if (!/^[0-9 ()+-]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, "").replace(/^44/, value.trim().startsWith("+") ? "0" : "44");
  return /^0\d{9,10}$/.test(digits);
}

/** A UK postcode, stored in capitals with one space before the last three characters. */
export const postcode = () =>
  string()
    .transform((value: unknown) => (typeof value === "string" ? normalisePostcode(value) : value))
    .required("Enter the postcode")
    .matches(/^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$/, "Enter a full UK postcode, like SS14 3HG");

/** "ss143hg " → "SS14 3HG"; anything too short to split is only upper-cased. */
export function normalisePostcode(value: string): string {
  const compact = value.replace(/\s+/g, "").toUpperCase();
  return compact.length >= 5 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

/** A school's unique reference number (URN): 6 digits, spaces ignored. */
export const urn = () =>
  string()
    .transform((value: unknown) => (typeof value === "string" ? value.replace(/\s+/g, "") : value))
    .required("Enter the school's URN")
    .matches(/^\d{6}$/, "The URN must be 6 digits, like 123456");

/**
 * A teacher reference number (TRN), as DfE reads one: every non-digit dropped ("RP99/12345" → 9912345),
 * 5 to 7 digits, stored padded to 7 with leading zeros.
 */
export const trn = () =>
  string()
    .transform((value: unknown) => {
      if (typeof value !== "string") return value;
      const digits = value.replace(/\D/g, "");
      return digits.length >= 5 && digits.length <= 7 ? digits.padStart(7, "0") : digits;
    })
    .required("Enter your teacher reference number (TRN)")
    .min(5, "Your teacher reference number must include at least 5 digits")
    .max(7, "Your teacher reference number must be 7 digits or fewer");

/** A whole number of people from 0 to `max`; `what` names them ("ECTs"). */
export const headcount = (what: string, max = 99) =>
  number()
    .transform((value: number, original: unknown) => (original === "" || original == null ? undefined : value))
    .typeError(`Enter the number of ${what} as a number, like 2`)
    .required(`Enter the expected number of ${what}`)
    .integer(`The number of ${what} must be a whole number, like 2`)
    .min(0, `The number of ${what} must be 0 or more`)
    .max(max, `The number of ${what} must be ${max} or fewer`);

/** One of a fixed list of answers, as radios or a select offer them. */
export const choice = (values: readonly string[], message: string) =>
  string()
    .required(message)
    .oneOf([...values], message);

/** A box that must be ticked ("yes"), like agreement to the privacy notice. */
export const mustTick = (message: string) => string().required(message).oneOf(["yes"], message);

function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}
