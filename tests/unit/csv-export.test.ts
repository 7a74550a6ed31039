import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { streamedSubmissionsCsv, submissionsCsv } from "../../functions/lib/csv-export";
import { freshRecord } from "../../functions/lib/store";
import { enquiryForm } from "../../src/lib/forms/enquiry";
import { validEnquiry } from "../fixtures/enquiry";

/** An enquiry as stored, with `answers` in place of the valid ones. */
const enquiry = (reference: string, answers: Record<string, string>) => ({
  ...freshRecord(reference, enquiryForm.id, { ...validEnquiry(), ...answers }),
  createdAt: "2026-11-29T09:05:00.000Z",
});

const { email } = validEnquiry();
const hostile: [string, string][] = [
  ['=HYPERLINK("https://evil.example","Click")', `"'=HYPERLINK(""https://evil.example"",""Click"")"`],
  ["+cmd|' /C calc'!A0", `"'+cmd|' /C calc'!A0"`],
  ["@SUM(1+1)", `"'@SUM(1+1)"`],
  ["-2+3", `"'-2+3"`],
  ["\tTabbed", `"'\tTabbed"`],
  ["\rCarriage", `"'\rCarriage"`],
  ["\nLine feed", `"'\nLine feed"`],
  ['He said "yes", then left', `"He said ""yes"", then left"`],
  ["Zoë Łukasz, 李雷, مرحبا", `"Zoë Łukasz, 李雷, مرحبا"`],
];

describe("the CSV export of a form's submissions", () => {
  const { filename, text } = submissionsCsv(
    enquiryForm,
    hostile.map(([name], index) => enquiry(`BTSA-2026-ABCDE${index}`, { name, school: name })),
    new Date("2026-11-29T12:00:00Z"),
  );
  const bytes = Buffer.from(text, "utf8");
  const lines = bytes.subarray(3).toString("utf8").split("\r\n");

  it("is UTF-8 with a byte order mark, for Excel, named by the form and the day", () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(filename).toBe("enquiry-2026-11-29.csv");
  });

  it("heads its columns with reference, sent, status and each question's label, in the form's order", () => {
    const labels = enquiryForm.content.sections.flatMap((section) => section.fields.map((field) => `"${field.label}"`));
    expect(lines[0]).toBe(['"Reference"', '"Sent"', '"Status"', ...labels].join(","));
  });

  it.each(hostile.map(([answer, cell], index) => [JSON.stringify(answer), cell, index] as const))(
    "holds %s as text: %s",
    (_, cell, index) => {
      // The name and the school (questions 1 and 3) hold the answer; the email (question 2) is between them.
      const row = Buffer.from(`"BTSA-2026-ABCDE${index}","2026-11-29 09:05","New",${cell},"${email}",${cell},`);
      expect(bytes.includes(row)).toBe(true);
    },
  );

  it("needs its own guard for a leading line feed, which csv-stringify's escape_formulas leaves as it is", () => {
    expect(stringify([["\nx", "=x"]], { quoted: true, escape_formulas: true })).toBe(`"\nx","'=x"\n`);
  });
});

describe("the streamed CSV export", () => {
  const records = hostile.map(([name], index) => enquiry(`BTSA-2026-STRM${index}`, { name, school: name }));
  const today = new Date("2026-11-29T12:00:00Z");
  const streamed = async (batchSize: number, gone = new Set<number>()) => {
    const batches: number[][] = [];
    const { filename, stream } = streamedSubmissionsCsv(
      enquiryForm,
      [...records.keys()],
      async (batch) => {
        batches.push([...batch]);
        return batch.filter((index) => !gone.has(index)).map((index) => records[index]!);
      },
      { batchSize, today },
    );
    return { filename, bytes: Buffer.from(await new Response(stream).arrayBuffer()), batches };
  };

  it("has the same bytes and name as the file made at once, whatever the batch size", async () => {
    const whole = submissionsCsv(enquiryForm, records, today);
    for (const size of [1, 4, 100]) {
      const { filename, bytes, batches } = await streamed(size);
      expect(bytes.equals(Buffer.from(whole.text, "utf8"))).toBe(true);
      expect(filename).toBe(whole.filename);
      expect(batches.flat()).toEqual([...records.keys()]);
      expect(batches.every((batch) => batch.length <= size)).toBe(true);
    }
  });

  it("leaves out a record gone since it was listed", async () => {
    const { bytes } = await streamed(3, new Set([2]));
    const kept = records.filter((_, index) => index !== 2);
    expect(bytes.equals(Buffer.from(submissionsCsv(enquiryForm, kept, today).text, "utf8"))).toBe(true);
  });
});
