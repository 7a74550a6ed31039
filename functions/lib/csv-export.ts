import { stringify } from "csv-stringify/sync";
import { formFields, type FormDefinition } from "../../src/lib/forms/definition.ts";
import { staffWords } from "../../src/lib/staff-words.ts";
import { answerRows } from "./answers.ts";
import type { SubmissionRecord } from "./store.ts";

/** Excel reads a UTF-8 CSV as UTF-8 only when it starts with a byte order mark. */
const BOM = "\uFEFF";

/**
 * A cell a spreadsheet would take for a formula, by its first character (OWASP, "CSV Injection"): csv-stringify's
 * `escape_formulas` covers `=`, `+`, `-`, `@`, tab and CR, but not LF, which starts a line in a cell as well.
 */
const startsWithLineFeed = (value: string) => value.startsWith("\n");

/** A form's submissions as a CSV file for staff: its name, and its bytes' text. */
export interface CsvFile {
  filename: string;
  text: string;
}

/**
 * A form's submissions as CSV, in the order given: reference, when sent, status, then one column per question
 * in the form's order, headed by the question's label, each answer in words (as the emails give them). Every
 * cell is quoted, and a cell that starts like a formula is prefixed with `'` (csv-stringify's `escape_formulas`,
 * and the same for a leading line feed). UTF-8 with a byte order mark, for Excel. Named by the form and `today`.
 */
export function submissionsCsv(form: FormDefinition, records: SubmissionRecord[], today = new Date()): CsvFile {
  const { csv, statuses } = staffWords;
  const header = [csv.reference, csv.sent, csv.status, ...formFields(form.content).map((field) => field.label)];
  const lines = records.map((record) => [
    record.reference,
    record.createdAt.slice(0, 16).replace("T", " "),
    statuses[record.status],
    ...answerRows(form.content, record.data).map(({ value }) => (startsWithLineFeed(value) ? `'${value}` : value)),
  ]);
  const text = stringify([header, ...lines], { quoted: true, escape_formulas: true, record_delimiter: "windows" });
  return { filename: `${form.id}-${today.toISOString().slice(0, 10)}.csv`, text: BOM + text };
}
