/** The Lighthouse bench's printout: a table of every page type's scores and metrics, and what lost points. */

/** The four categories measured, in the table's order. */
export const categories = ["performance", "accessibility", "best-practices", "seo"] as const;

/** One Lighthouse run of one page. */
export interface Measurement {
  /** Each category's score, 0–100 as Lighthouse shows it. */
  scores: Record<(typeof categories)[number], number>;
  /** Cumulative layout shift, and largest contentful paint in milliseconds (simulated mobile). */
  cls: number;
  lcp: number;
  /** Each weighted audit that scored under 1, as "category: audit id", with its score (0–1). */
  lost: Map<string, number>;
  /** Chrome's measure of this machine's speed during the run; Lighthouse expects over 1000 for its 4x slowdown. */
  benchmarkIndex: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

/** One value, or with several runs that differ as shown, their median and spread: "97 (94–100)". */
function summary(values: number[], show: (value: number) => string): string {
  if (values.length === 0) return "-";
  const [min, max] = [show(Math.min(...values)), show(Math.max(...values))];
  return min === max ? min : `${show(median(values))} (${min}–${max})`;
}

/** The table's columns after the page's type and URL: the four scores, then CLS and LCP. */
const columns: { name: string; value: (m: Measurement) => number; show: (value: number) => string }[] = [
  ...(["perf", "a11y", "best pr.", "SEO"] as const).map((name, index) => ({
    name,
    value: (m: Measurement) => m.scores[categories[index]!],
    show: String,
  })),
  { name: "CLS", value: (m) => m.cls, show: (value) => value.toFixed(3) },
  { name: "LCP s", value: (m) => m.lcp / 1000, show: (value) => value.toFixed(1) },
];

const table = (rows: string[][]) => {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join("  ")
      .trimEnd();
  return [line(rows[0]!), line(widths.map((width) => "-".repeat(width))), ...rows.slice(1).map(line)].join("\n");
};

/** Prints the table (to stdout) and, per page, each audit that lost points with its scores across runs. */
export function printReport(pages: { type: string; path: string }[], measured: Map<string, Measurement[]>) {
  const all = [...measured.values()].flat();
  const runs = Math.max(...pages.map(({ type }) => measured.get(type)!.length));
  const rows = pages.map(({ type, path }) => {
    const of = measured.get(type)!;
    return [type, path, ...columns.map(({ value, show }) => summary(of.map(value), show))];
  });
  const heading = runs > 1 ? `${runs} runs per page: median (min–max)` : "1 run per page";
  console.log(`\nLighthouse ${heading}; mobile, simulated throttling`);
  console.log(table([["page type", "URL", ...columns.map(({ name }) => name)], ...rows]));
  if (all.length > 0) {
    const index = all.map((m) => m.benchmarkIndex);
    console.log(`Chrome benchmark index during the runs: ${summary(index, (value) => value.toFixed(0))}`);
  }

  const lost = pages.flatMap(({ type }) => {
    const scores = new Map<string, number[]>();
    for (const m of measured.get(type)!)
      for (const [audit, score] of m.lost) scores.set(audit, [...(scores.get(audit) ?? []), score]);
    return [...scores].map(
      ([audit, values]) =>
        `  ${type}: ${audit} ${values.map((value) => value.toFixed(2)).join(", ")}` +
        (runs > 1 ? ` (${values.length}/${measured.get(type)!.length} runs)` : ""),
    );
  });
  if (lost.length > 0) console.log(`\nAudits that lost points (scores under 1):\n${lost.join("\n")}`);
}
