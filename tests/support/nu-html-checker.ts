/**
 * The W3C Nu HTML Checker (vnu.jar, from the `vnu-jar` package) run once over many files: Java starts in
 * about a second, so one run for every page keeps the check fast where one run per page would not.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** One message of the checker's JSON output (https://github.com/validator/validator/wiki/Output-»-JSON). */
export interface NuMessage {
  /** "error" fails a page; "info" is advice, or a warning when `subType` is "warning". */
  type: "error" | "info" | "non-document-error";
  subType?: string;
  /** The file checked, as a file: URL. */
  url?: string;
  message: string;
  lastLine?: number;
  firstColumn?: number;
  extract?: string;
}

/**
 * Messages that do not make a page invalid, with the reason. Info messages are advice, not errors: Preact writes
 * `<input ... />`, which is valid HTML that the checker notes on every input. Its Content Security Policy
 * warnings are wrong for these pages: checked as file: URLs, `'self'` matches nothing; it hashes an inline
 * style without its trailing newline, so Astro's correct hash for a stylesheet ending in one is reported
 * (checked by hand with the `vnu-jar` 26.9.27 in this repository); and it applies `script-src` to a JSON-LD
 * data block, which no browser runs. The policy is checked in a real browser by tests/e2e/security.spec.ts.
 */
const notFailures: { reason: string; test: (message: NuMessage) => boolean }[] = [
  { reason: "advice, not an error", test: (message) => message.type === "info" && message.subType !== "warning" },
  {
    reason: "CSP checked in a browser instead",
    test: (message) => message.type === "info" && /Content Security Policy/.test(message.message),
  },
];

/** Whether a message makes its page fail: errors, and warnings other than those above. */
export const isFailure = (message: NuMessage) => !notFailures.some(({ test }) => test(message));

/** A message as one readable line: "line 9, column 168: A “style” element … [extract]". */
export const describeMessage = (message: NuMessage) =>
  `line ${message.lastLine ?? "?"}, column ${message.firstColumn ?? "?"}: ${message.message}` +
  (message.extract ? ` [${message.extract.replace(/\s+/g, " ")}]` : "");

const vnuJar = join(dirname(createRequire(import.meta.url).resolve("vnu-jar/package.json")), "build/dist/vnu.jar");
const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, "bin", "java") : "java";

/**
 * JVM options for a short run: the client compiler and serial GC start faster than the defaults (about twice
 * as fast here); the client compiler's frames need more stack than the 512 KB the checker asks for.
 */
const jvmOptions = ["-Xss4m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"];

/**
 * Checks HTML files with one run of the checker and returns every message by absolute file path (a file
 * with no messages is present with an empty list). Language detection is off: every page takes its `lang`
 * from one layout, and the check would add about a second. Throws if Java is missing or the checker fails.
 */
export function checkHtmlFiles(files: string[]): Map<string, NuMessage[]> {
  const run = spawnSync(
    java,
    [...jvmOptions, "-jar", vnuJar, "--format", "json", "--stdout", "--no-langdetect", ...files],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.error && (run.error as NodeJS.ErrnoException).code === "ENOENT") {
    throw new Error(
      `The HTML check needs Java 17 or later to run the W3C Nu HTML Checker, and "${java}" was not found. ` +
        "Install a Java runtime (Debian: apt-get install -y default-jre-headless) or set JAVA_HOME.",
    );
  }
  let messages: NuMessage[];
  try {
    messages = (JSON.parse(run.stdout) as { messages: NuMessage[] }).messages;
  } catch {
    throw new Error(
      `The W3C Nu HTML Checker did not run (exit ${run.status}); it needs Java 17 or later ` +
        `(Debian: apt-get install -y default-jre-headless):\n${run.stderr || run.error}`,
    );
  }
  const byFile = new Map(files.map((file) => [resolve(file), [] as NuMessage[]]));
  for (const message of messages) {
    const list = message.url ? byFile.get(fileURLToPath(message.url)) : undefined;
    // A message about no file given (one it could not read, or the checker itself) must not go unseen.
    if (message.type === "non-document-error" || !list) {
      throw new Error(`The W3C Nu HTML Checker failed: ${message.url ?? ""} ${message.message}`);
    }
    list.push(message);
  }
  return byFile;
}
