/**
 * The search function's side of the search bench: functions/search.ts bundled whole (as the cold-start bench bundles
 * functions: esbuild, minified, dependencies in), run over a built site's own copy of the index and search page
 * (`function-pages/` in the site's folder, as the task root on Netlify), each run in a fresh Node process.
 * - cold: a fresh process imports the bundle and answers one `?q=` request; timed from the process's start (Node's
 *   own start-up included) and from the import (what the function's code adds), with the import and the answer apart.
 *   Before the import it loads what Netlify's bootstrap has loaded before any function (fetch's Request and
 *   Response, as bench/functions-cold-start.ts does), so that "from the import" is the function's own share;
 * - warm: one process answers a first request, then each query in turn; each answer timed.
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { bundleFunction } from "../../tests/support/function-bundles.ts";

/** One cold start, in milliseconds. */
export interface ColdStart {
  /** From the Node process's start until the answer's body is read. */
  sinceProcessStart: number;
  /** From the start of the bundle's import until then. */
  sinceImport: number;
  import: number;
  answer: number;
}

/** The script a fresh Node process runs: imports the bundle, then answers each query, timing each step. */
const script = (bundle: string, queries: string[]) => `
new Request("http://localhost/"); new Response("");
const started = performance.now();
const { default: search } = await import(${JSON.stringify(pathToFileURL(bundle).href)});
const imported = performance.now();
const answers = [];
for (const query of ${JSON.stringify(queries)}) {
  const asked = performance.now();
  const response = await search(new Request("http://127.0.0.1/search/?q=" + encodeURIComponent(query)), {});
  const html = await response.text();
  if (response.status !== 200 || !html.includes('class="search-status"')) throw new Error("No results page for " + query);
  answers.push({ ms: performance.now() - asked, results: (html.match(/class="search-result"/g) ?? []).length });
}
process.stdout.write(JSON.stringify({ started, imported, done: performance.now(), answers }));
`;

interface Run {
  started: number;
  imported: number;
  done: number;
  answers: { ms: number; results: number }[];
}

function run(bundle: string, siteRoot: string, queries: string[]): Run {
  const output = execFileSync(process.execPath, ["--input-type=module", "-e", script(bundle, queries)], {
    cwd: siteRoot,
    // The site's folder stands for the task root, where the index and the search page ship.
    env: { PATH: process.env.PATH ?? "", LAMBDA_TASK_ROOT: siteRoot },
    encoding: "utf8",
  });
  return JSON.parse(output) as Run;
}

/** Bundles the search function once; returns the two measures and a way to remove the bundle. */
export async function serverSearch(siteRoot: string) {
  const outDir = await mkdtemp(join(tmpdir(), "btsa-search-function-"));
  const { file, bytes } = await bundleFunction("search", outDir);
  return {
    bytes,
    /** `times` fresh processes, each answering its one query (the first of `queries`, in turn). */
    cold(queries: string[], times: number): ColdStart[] {
      run(file, siteRoot, [queries[0]!]); // read the files once, so that the disk cache is warm as on a busy host
      return Array.from({ length: times }, (_, index) => {
        const { started, imported, done } = run(file, siteRoot, [queries[index % queries.length]!]);
        return {
          sinceProcessStart: done,
          sinceImport: done - started,
          import: imported - started,
          answer: done - imported,
        };
      });
    },
    /** One process: a first query, then each of `queries`, timed. */
    warm(first: string, queries: string[]) {
      return run(file, siteRoot, [first, ...queries]).answers.slice(1);
    },
    remove: () => rm(outDir, { recursive: true, force: true }),
  };
}
