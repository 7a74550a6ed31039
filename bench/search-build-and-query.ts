/**
 * `npx node bench/search-build-and-query.ts [entries]`: builds a copy of the site whose FAQ has 1,000 entries (in a
 * temporary folder, removed afterwards), indexed by Pagefind within the build as `npm run build` does, and measures
 * search in Chromium through the real search page. Prints build time, index size, and latency for the first query and
 * the 50 after it: the query itself (its Pagefind searches and the ranking), and until ten results show (which adds
 * fetching each result's data). Pagefind's own timings for the same queries are printed alongside, for comparison.
 * Then the search function (what a browser without JavaScript gets), bundled and run over the copy's shipped index:
 * its first query in a fresh Node process, and 50 more in a warm one, each until the whole page is written.
 * Targets: first query under 300 ms; later queries p95 under 20 ms.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import type { Pagefind } from "../src/components/search/pagefind-api.ts";
import { chromiumExecutable } from "../tests/support/browser.ts";
import { generateSite } from "./search/generate-site.ts";
import { serverSearch, type ColdStart } from "./search/server-search.ts";
import { serve } from "./search/static-server.ts";

const entries = Number(process.argv[2] ?? 1000);
const realQueries = [
  "which delivery partner do I pick",
  "welcome pack",
  "Canvas login",
  "do second year ECTs re-register",
];

interface Timing {
  /** The query: every Pagefind search and the ranking. */
  query: number;
  /** From submitting until ten results show. */
  shown: number;
}

const ms = (value: number) => `${value.toFixed(value < 100 ? 1 : 0)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const percentile = (values: number[], share: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(share * values.length) - 1)]!;
const summary = (timings: Timing[], key: keyof Timing) => {
  const values = timings.map((timing) => timing[key]);
  return `median ${ms(percentile(values, 0.5))}, p95 ${ms(percentile(values, 0.95))}, max ${ms(Math.max(...values))}`;
};

function timed(command: string, args: string[], cwd: string): { ms: number; output: string } {
  const started = performance.now();
  const { status, stdout, stderr } = spawnSync("npx", [command, ...args], { cwd, encoding: "utf8" });
  if (status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${stderr}`);
  return { ms: performance.now() - started, output: stdout };
}

function folderSize(folder: string): { bytes: number; files: number } {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return {
    bytes: files.reduce((sum, file) => sum + statSync(join(file.parentPath, file.name)).size, 0),
    files: files.length,
  };
}

/** The page's own measures of its latest search (see search-page.ts). */
const lastTiming = (page: Page) =>
  page.evaluate(() => ({
    query: performance.getEntriesByName("search:query").at(-1)!.duration,
    shown: performance.getEntriesByName("search").at(-1)!.duration,
    sinceNavigation: (({ startTime, duration }) => startTime + duration)(
      performance.getEntriesByName("search").at(-1)!,
    ),
  }));

/** Searches from the page's field, pasting the query or typing it a key every 40 ms (Pagefind preloads meanwhile). */
async function search(page: Page, query: string, typing: boolean): Promise<Timing> {
  const before = await page.evaluate(() => performance.getEntriesByName("search").length);
  const field = page.getByLabel("Search the guidance, FAQ and resources");
  await field.clear();
  if (typing) await field.pressSequentially(query, { delay: 40 });
  else await field.fill(query);
  await field.press("Enter");
  await page.waitForFunction((count) => performance.getEntriesByName("search").length > count, before);
  return lastTiming(page);
}

/** Opens the search page in a new browser context and makes every search in turn. */
async function session(browser: Browser, origin: string, queries: string[], typing: boolean) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${origin}/search/`, { waitUntil: "networkidle" });
  const timings: Timing[] = [];
  for (const query of queries) timings.push(await search(page, query, typing));
  return timings;
}

/** Pagefind alone, for the same queries in a new context: its search, and its search plus ten results' data. */
async function pagefindAlone(browser: Browser, origin: string, queries: string[]): Promise<Timing[]> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${origin}/faq/`);
  return page.evaluate(
    async ({ queries, script }) => {
      const pagefind = (await import(script)) as Pagefind;
      await pagefind.search("warm up");
      const timings: Timing[] = [];
      for (const query of queries) {
        const started = performance.now();
        const { results } = await pagefind.search(query);
        const searched = performance.now();
        await Promise.all(results.slice(0, 10).map((result) => result.data()));
        timings.push({ query: searched - started, shown: performance.now() - started });
      }
      return timings;
    },
    { queries, script: "/pagefind/pagefind.js" },
  );
}

const { root, questions } = generateSite(process.cwd(), entries);
/** Fifty queries: the real questions, and two to four words from generated ones. */
const queries = (offset: number) =>
  Array.from({ length: 51 }, (_, index) =>
    index % 10 < realQueries.length
      ? realQueries[index % 10]!
      : questions[(index * 37 + offset) % questions.length]!.split(" ")
          .slice(3, 5 + (index % 3))
          .join(" "),
  );
const browser = await chromium.launch({ executablePath: chromiumExecutable() });
const server = await serve(join(root, "dist"));
try {
  console.log(`Building a site with ${entries} FAQ entries in ${root} …`);
  const build = timed("astro", ["build"], root);
  // The index is written within the build (src/integrations/search-index.ts), which logs its time.
  const pagefindMs = Number(/\((\d+) ms in all\)/.exec(build.output)?.[1] ?? NaN);
  const index = folderSize(join(root, "dist/pagefind"));
  const fragments = folderSize(join(root, "dist/pagefind/fragment"));

  // A visitor arrives from the header's search field: nothing cached, Pagefind not loaded yet.
  const arrival = await (await browser.newContext()).newPage();
  let downloaded = 0;
  arrival.on("response", (response) => {
    if (!response.url().includes("/pagefind/")) return;
    response.body().then(
      (body) => (downloaded += body.length),
      () => {},
    );
  });
  await arrival.goto(`${server.origin}/search/?q=${encodeURIComponent(realQueries[0]!)}`);
  await arrival.waitForFunction(() => performance.getEntriesByName("search").length > 0);
  const arrived = await lastTiming(arrival);

  // Visitors who open the search page (Pagefind loads meanwhile) and make 51 searches: the first, then 50 more.
  const [first, ...pasted] = await session(browser, server.origin, queries(0), false);
  const typed = (await session(browser, server.origin, queries(500), true)).slice(1);
  const alone = await pagefindAlone(browser, server.origin, queries(0).slice(1));

  // The search function, as a browser without JavaScript meets it: cold, then warm.
  const loadAverage = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  const loadBefore = loadAverage();
  const functionSearch = await serverSearch(root);
  const colds = functionSearch.cold(realQueries, 5);
  const warm = functionSearch.warm("warm up", queries(0).slice(1)).map(({ ms }): Timing => ({ query: ms, shown: ms }));
  await functionSearch.remove();
  const cold = (key: keyof ColdStart) =>
    ms(
      percentile(
        colds.map((run) => run[key]),
        0.5,
      ),
    );

  console.log(`
FAQ entries                        ${entries}
Build                              ${(build.ms / 1000).toFixed(1)} s, of which Pagefind's index (and its copy for the function) ${(pagefindMs / 1000).toFixed(1)} s
Index on disk                      ${kb(index.bytes)} in ${index.files} files (of which result fragments ${kb(fragments.bytes)})
First search downloads             ${kb(downloaded)} from /pagefind/ (script, WebAssembly, index and ten results)

First query, arriving with ?q=     query ${ms(arrived.query)}, results shown ${ms(arrived.shown)} (${ms(arrived.sinceNavigation)} after navigation started)
First query once the page is open  query ${ms(first!.query)}, results shown ${ms(first!.shown)}    target < 300 ms
Next 50 queries, pasted: query     ${summary(pasted, "query")}    target p95 < 20 ms
                  results shown    ${summary(pasted, "shown")}
Next 50 queries, typed: query      ${summary(typed, "query")}
                  results shown    ${summary(typed, "shown")}
Pagefind alone, same 50: search    ${summary(alone, "query")}
       with ten results' data      ${summary(alone, "shown")}

Search function (no JavaScript), bundled ${kb(functionSearch.bytes)}; load average ${loadBefore} (1, 5, 15 min)
First query, fresh Node process    ${cold("sinceProcessStart")} from the process's start; ${cold("sinceImport")} from the import (import ${cold("import")} + answer ${cold("answer")}), median of ${colds.length}    target < 300 ms
Next 50 queries, warm: page        ${summary(warm, "query")}    target p95 < 20 ms`);
} finally {
  await browser.close();
  await server.stop();
  rmSync(root, { recursive: true, force: true });
}
