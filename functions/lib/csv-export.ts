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

/** The file's name: the form and the day. */
const csvFilename = (form: FormDefinition, today: Date) => `${form.id}-${today.toISOString().slice(0, 10)}.csv`;

/** Lines of CSV: every cell quoted, formulas escaped, Windows line ends (what Excel expects). */
const csvText = (lines: string[][]) =>
  stringify(lines, { quoted: true, escape_formulas: true, record_delimiter: "windows" });

/** The header line: reference, when sent, status, then each question's label in the form's order. */
function headerLine(form: FormDefinition): string[] {
  const { csv } = staffWords;
  return [csv.reference, csv.sent, csv.status, ...formFields(form.content).map((field) => field.label)];
}

/** A record's line: each answer in words (as the emails give them), a leading line feed escaped as well. */
function recordLine(form: FormDefinition, record: SubmissionRecord): string[] {
  return [
    record.reference,
    record.createdAt.slice(0, 16).replace("T", " "),
    staffWords.statuses[record.status],
    ...answerRows(form.content, record.data).map(({ value }) => (startsWithLineFeed(value) ? `'${value}` : value)),
  ];
}

/**
 * A form's submissions as CSV, in the order given: reference, when sent, status, then one column per question
 * in the form's order, headed by the question's label, each answer in words (as the emails give them). Every
 * cell is quoted, and a cell that starts like a formula is prefixed with `'` (csv-stringify's `escape_formulas`,
 * and the same for a leading line feed). UTF-8 with a byte order mark, for Excel. Named by the form and `today`.
 */
export function submissionsCsv(form: FormDefinition, records: SubmissionRecord[], today = new Date()): CsvFile {
  const lines = [headerLine(form), ...records.map((record) => recordLine(form, record))];
  return { filename: csvFilename(form, today), text: BOM + csvText(lines) };
}

/**
 * The same CSV as {@link submissionsCsv}, streamed: the records are read a batch at a time (`read` gives a batch's
 * records, in order, leaving out any that have gone) and each batch is sent as it is read, so that an export of
 * thousands never holds them all, nor waits for them all before its first byte.
 */
export function streamedSubmissionsCsv<Key>(
  form: FormDefinition,
  keys: readonly Key[],
  read: (batch: readonly Key[]) => Promise<SubmissionRecord[]>,
  { batchSize = 200, today = new Date() } = {},
): { filename: string; stream: ReadableStream<Uint8Array> } {
  const encoder = new TextEncoder();
  let next = 0;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + csvText([headerLine(form)])));
    },
    async pull(controller) {
      if (next >= keys.length) return controller.close();
      const batch = keys.slice(next, next + batchSize);
      next += batch.length;
      const records = await read(batch);
      if (records.length)
        controller.enqueue(encoder.encode(csvText(records.map((record) => recordLine(form, record)))));
    },
  });
  return { filename: csvFilename(form, today), stream };
}
