/**
 * `npm test`: every suite in turn — types, lint and format, build (site and packaged functions), unit, browser —
 * then one line of totals, "N passed, N failed". A check that is not a test runner (types, lint, build) counts as one test.
 * Exits 1 when anything failed; later suites still run so that one report shows everything.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";

interface Tally {
  passed: number;
  failed: number;
}

// netlify-cli: no update check or telemetry, nothing that needs the network.
const env = { ...process.env, NO_UPDATE_NOTIFIER: "1", NETLIFY_TELEMETRY_DISABLED: "1" };
const run = (command: string) => spawnSync(command, { shell: true, stdio: "inherit", env }).status === 0;
const check = (command: string): Tally => (run(command) ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });

/** Runs a test runner that writes a JSON report, and reads its counts (a crash before any report is one failure). */
function runner(command: string, report: string, count: (json: never) => Tally): Tally {
  rmSync(report, { force: true });
  const ok = run(command);
  try {
    const tally = count(JSON.parse(readFileSync(report, "utf8")) as never);
    return ok || tally.failed > 0 ? tally : { ...tally, failed: tally.failed + 1 };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

const suites: [string, () => Tally][] = [
  ["types", () => check("astro check")],
  ["lint", () => check("eslint .")],
  ["format", () => check("prettier --check .")],
  // Netlify's own build: `npm run build` (the site), then the functions packaged as they deploy. Before the unit
  // suite: the function tests re-render the built form pages, and tests/packaged/ runs the packaged functions.
  ["build", () => check("netlify build --offline")],
  [
    "unit",
    () =>
      runner("vitest run", "test-results/vitest.json", (json: { numPassedTests: number; numFailedTests: number }) => ({
        passed: json.numPassedTests,
        failed: json.numFailedTests,
      })),
  ],
  [
    "browser",
    () =>
      runner(
        "playwright test",
        "test-results/playwright.json",
        (json: { stats: { expected: number; unexpected: number; flaky: number } }) => ({
          passed: json.stats.expected + json.stats.flaky,
          failed: json.stats.unexpected,
        }),
      ),
  ],
];

const total: Tally = { passed: 0, failed: 0 };
let built = true;
for (const [name, suite] of suites) {
  if ((name === "browser" || name === "unit") && !built) {
    console.log(`\n== ${name}: skipped, the build failed (counted as 1 failure)`);
    total.failed += 1;
    continue;
  }
  console.log(`\n== ${name}`);
  const tally = suite();
  if (name === "build") built = tally.failed === 0;
  console.log(`== ${name}: ${tally.passed} passed, ${tally.failed} failed`);
  total.passed += tally.passed;
  total.failed += tally.failed;
}
console.log(`\n${total.passed} passed, ${total.failed} failed`);
process.exitCode = total.failed > 0 ? 1 : 0;
