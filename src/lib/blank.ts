/**
 * Empty text as unset. The content editor (Decap) saves `""` when a field is cleared, where the files write `null`
 * for a value the alliance has not supplied yet: both mean unset. Free of any schema library, for the functions.
 */

/** Whether a content value is unset: `null`, or text that is empty or only spaces. */
export const isUnset = (value: unknown): boolean =>
  value === null || (typeof value === "string" && value.trim() === "");

/** The value, or `null` if it is unset (empty text reads as `null`). */
export const blankAsNull = <T>(value: T): T | null => (isUnset(value) ? null : value);

/** A record with every unset value (`null` or empty text) read as `null`. */
export const blanksAsNull = <T extends object>(record: T): T =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, blankAsNull(value)])) as T;
