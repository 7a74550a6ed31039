/**
 * The editor's `pattern` for a field: one regular expression and one message, made from the checks of the field's
 * Zod schema. Decap tests a value against `RegExp(source)` (no flags) when the value is not empty, and shows
 * "<label> didn't match the pattern: <message>." when it fails. A pattern is as strict as the schema or stricter
 * (an address must start with https://); the build stays the final check.
 */
import type { CheckDef } from "./zod.ts";

/** One rule a value must keep: a regular expression's source and, in plain English, what it asks for. */
export interface Rule {
  source: string;
  message: string;
}

/** A Decap `pattern`: `[source, message]`. */
export type Pattern = [string, string];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** Messages for the regular expressions the content schemas use without one of their own. */
const knownRegexes: Record<string, string> = {
  "^[a-z0-9-]+$": "Use lower-case letters, digits and hyphens only, like after-registration",
  "^[a-z][a-zA-Z0-9]*$": "Start with a lower-case letter, then use letters and digits only, like schoolName",
};

const characters = (count: number) => `${count} character${count === 1 ? "" : "s"}`;

/** The message a check's author wrote (`.regex(re, "…")`), when there is one. */
function ownMessage(check: CheckDef): string | undefined {
  const message = check.error?.({});
  return typeof message === "string" && message ? message.charAt(0).toUpperCase() + message.slice(1) : undefined;
}

/** The address rule of `z.url()`: https only when its protocol allows https and not http. */
function urlRule(protocol: RegExp | undefined): Rule {
  if (protocol && protocol.test("https") && !protocol.test("http")) {
    return { source: "^https://\\S+$", message: "Start the address with https://" };
  }
  return { source: "^https?://\\S+$", message: "Write the whole address, starting with https://" };
}

/** The rules of a string's checks, in the order the schema gives them. */
export function stringRules(checks: CheckDef[]): Rule[] {
  const rules: Rule[] = [];
  const min = Math.max(0, ...checks.filter((check) => check.check === "min_length").map((check) => check.minimum!));
  const maxes = checks.filter((check) => check.check === "max_length").map((check) => check.maximum!);
  const max = maxes.length ? Math.min(...maxes) : undefined;
  const minCheck = checks.find((check) => check.check === "min_length" && check.minimum === min);
  if (max !== undefined && min > 1) {
    rules.push({ source: `^[\\s\\S]{${min},${max}}$`, message: `Write between ${min} and ${characters(max)}` });
  } else if (max !== undefined) {
    rules.push({ source: `^[\\s\\S]{0,${max}}$`, message: `Write at most ${characters(max)}` });
  } else if (min > 1) {
    const message = (minCheck && ownMessage(minCheck)) ?? `Write at least ${characters(min)}`;
    rules.push({ source: `^[\\s\\S]{${min},}$`, message });
  }
  for (const check of checks) {
    if (check.check === "length_equals") {
      rules.push({ source: `^[\\s\\S]{${check.length}}$`, message: `Write exactly ${characters(check.length!)}` });
    }
    if (check.check !== "string_format") continue;
    switch (check.format) {
      case "regex": {
        const pattern = check.pattern!;
        if (pattern.flags.replace(/[gy]/g, "")) break; // Decap cannot apply flags: the build checks it
        const message = ownMessage(check) ?? knownRegexes[pattern.source] ?? `Match the pattern ${pattern.source}`;
        rules.push({ source: pattern.source, message });
        break;
      }
      case "url":
        rules.push(urlRule(check.protocol));
        break;
      case "email":
        rules.push({ source: check.pattern!.source, message: "Write an email address, like name@example.org" });
        break;
      case "date":
        rules.push({ source: check.pattern!.source, message: "Write the date as YYYY-MM-DD, like 2026-11-28" });
        break;
      case "starts_with":
        rules.push({ source: `^${escape(check.prefix!)}`, message: `Start with “${check.prefix}”` });
        break;
      case "ends_with":
        rules.push({ source: `${escape(check.suffix!)}$`, message: `End with “${check.suffix}”` });
        break;
      case "includes":
        rules.push({ source: escape(check.includes!), message: `Include “${check.includes}”` });
        break;
      case "lowercase":
        rules.push({ source: "^[^A-Z]*$", message: "Use lower-case letters only" });
        break;
      case "uppercase":
        rules.push({ source: "^[^a-z]*$", message: "Use capital letters only" });
        break;
      default:
        if (check.pattern && !check.pattern.flags) {
          rules.push({ source: check.pattern.source, message: `Write a valid ${check.format}` });
        }
    }
  }
  return rules;
}

/** The rule of a date that `z.coerce.date()` reads: the editor writes it as YYYY-MM-DD. */
export const dateRule: Rule = {
  source: "^\\d{4}-\\d{2}-\\d{2}$",
  message: "Write the date as YYYY-MM-DD, like 2026-11-28",
};

/** How many whole numbers a range may hold for the editor to list them all in a pattern. */
const listableRange = 1000;

/** The whole numbers from `min` to `max`, as a pattern that lists them; a pattern of any whole number if too many. */
export function wholeNumberRule(min: number | undefined, max: number | undefined): Rule {
  if (min !== undefined && max !== undefined && max - min < listableRange) {
    const values = Array.from({ length: max - min + 1 }, (_, index) => min + index);
    return { source: `^(?:${values.join("|")})$`, message: `Write a whole number from ${min} to ${max}` };
  }
  return { source: "^-?\\d+$", message: "Write a whole number" };
}

/** One of the given numbers, exactly. */
export function numberChoiceRule(values: number[]): Rule {
  const listed = values.map(String);
  const words = listed.length > 1 ? `${listed.slice(0, -1).join(", ")} or ${listed.at(-1)}` : listed[0];
  return { source: `^(?:${listed.map(escape).join("|")})$`, message: `Write ${words}` };
}

/**
 * One pattern that keeps every rule: each rule as a lookahead from the start of the value, so that anchored and
 * unanchored rules combine as they would one by one. Their messages follow one another as sentences.
 */
export function patternOf(rules: Rule[]): Pattern | undefined {
  if (!rules.length) return undefined;
  if (rules.length === 1) return [rules[0].source, rules[0].message];
  const source = `^${rules.map((rule) => `(?=[\\s\\S]*?(?:${rule.source}))`).join("")}`;
  return [source, rules.map((rule) => rule.message).join(". ")];
}
