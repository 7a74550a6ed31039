// npx node bench/lighthouse.ts [--runs 1] [--pages home,search,...] [--save folder]   (build first: npm run build)
/**
 * Lighthouse 13 on every page type of the built site, in one run: mobile (Lighthouse's defaults: a mid-range phone,
 * simulated slow 4G and a 4x slower CPU), the performance, accessibility, best practices and SEO categories. The site
 * is served from dist/ as Netlify serves it (compression, netlify.toml's headers, the 404 page;
 * scripts/lib/site-server.ts) with the function-served pages answered by the real functions in-process (bench/lighthouse/
 * function-pages.ts). Prints a table of the four scores with CLS and LCP per page, then each audit that lost points.
 * `--runs N` measures every page N times, interleaved (every page once, then again), and prints each value's median
 * and spread (min–max): performance is simulated from the observed trace, so a busy machine moves it a few points. `--pages`
 * measures only the page types whose names contain one of the words; `--save` writes each report's JSON to a folder
 * (open it in Lighthouse's viewer). A bench, not a test: it exits non-zero only if a page could not be measured.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumExecutable } from "../tests/support/browser.ts";
import "./support/typescript-hooks.ts";
import { categories, printReport, type Measurement } from "./lighthouse/report.ts";
import { serveSite } from "../scripts/lib/site-server.ts";

// After the hooks: the functions' source needs them.
const { functionRoutes, FORM_WITH_ERRORS_PATH, SAMPLE_REFERENCE, STAFF_PAGE_PATHS } =
  await import("./lighthouse/function-pages.ts");

const pageTypes = [
  { type: "home", path: "/" },
  { type: "guidance page", path: "/guidance/register-ects-and-mentors/" },
  { type: "FAQ index", path: "/faq/" },
  { type: "FAQ question", path: "/faq/which-delivery-partner/" },
  { type: "glossary", path: "/glossary/" },
  { type: "school registration form", path: "/register/school/" },
  { type: "ECT and mentor form", path: "/register/participant/" },
  { type: "contact form", path: "/contact/" },
  { type: "form showing errors", path: FORM_WITH_ERRORS_PATH },
  // Served by the search function, as on Netlify: the results are in the page, and its script takes them over.
  { type: "search with results", path: "/search/?q=register" },
  { type: "search with no results", path: "/search/?q=xylophone" },
  { type: "confirmation", path: `/register/school/confirmation/?reference=${SAMPLE_REFERENCE}` },
  // A question as a Change link opens it (the function fills in the answer given), and an outcome (a static page).
  { type: "which-steps question", path: "/which-steps/question/registering/?registering=second-year-only" },
  { type: "which-steps outcome", path: "/which-steps/new-to-ects/" },
  { type: "404", path: "/no-such-page/" },
  { type: "staff sign-in", path: STAFF_PAGE_PATHS.signIn },
  { type: "staff list", path: STAFF_PAGE_PATHS.list },
  { type: "staff submission", path: STAFF_PAGE_PATHS.submission },
];

const { values: args } = parseArgs({
  options: { runs: { type: "string", default: "1" }, pages: { type: "string" }, save: { type: "string" } },
});
const runs = Math.max(1, Math.round(Number(args.runs)));
const chosen = args.pages?.split(",").map((name) => name.trim().toLowerCase());
const pages = pageTypes.filter(({ type }) => !chosen || chosen.some((name) => type.toLowerCase().includes(name)));
if (!existsSync("dist/index.html") || !existsSync("dist/pagefind")) {
  console.error("No built site with its search index in dist/: run `npm run build` first.");
  process.exit(1);
}

const server = await serveSite("dist", await functionRoutes());
const chrome = await launch({
  chromePath: chromiumExecutable() ?? chromium.executablePath(),
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});

async function measure(path: string, name: string): Promise<Measurement> {
  const result = await lighthouse(`${server.origin}${path}`, {
    port: chrome.port,
    logLevel: "error",
    onlyCategories: [...categories],
    // The not-found page is meant to answer 404; Lighthouse stops at an error status unless told it is expected.
    ignoreStatusCode: true,
  });
  const lhr = result?.lhr;
  if (!lhr || lhr.runtimeError) throw new Error(lhr?.runtimeError?.message ?? "Lighthouse returned no result");
  if (args.save) {
    mkdirSync(args.save, { recursive: true });
    writeFileSync(join(args.save, `${name.replace(/\W+/g, "-")}.json`), JSON.stringify(lhr));
  }
  const scores = {} as Measurement["scores"];
  const lost: Measurement["lost"] = new Map();
  for (const id of categories) {
    const category = lhr.categories[id]!;
    if (category.score === null) throw new Error(`no ${id} score`);
    scores[id] = Math.round(category.score * 100);
    for (const ref of category.auditRefs) {
      const { score } = lhr.audits[ref.id]!;
      if (ref.weight > 0 && score !== null && score < 1) lost.set(`${id}: ${ref.id}`, score);
    }
  }
  for (const warning of lhr.runWarnings) console.error(`  warning on ${path}: ${warning}`);
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    scores,
    cls: metric("cumulative-layout-shift"),
    lcp: metric("largest-contentful-paint"),
    lost,
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

const measured = new Map<string, Measurement[]>(pages.map(({ type }) => [type, []]));
const failed: string[] = [];
try {
  for (let run = 1; run <= runs; run++) {
    for (const { type, path } of pages) {
      try {
        const measurement = await measure(path, `${type} ${run}`);
        measured.get(type)!.push(measurement);
        console.error(`run ${run}/${runs} ${type}: ${Object.values(measurement.scores).join("/")}`);
      } catch (error) {
        failed.push(`${type} (${path}), run ${run}: ${(error as Error).message}`);
        console.error(`run ${run}/${runs} ${type}: could not be measured: ${(error as Error).message}`);
      }
    }
  }
} finally {
  chrome.kill();
  await server.stop();
}

printReport(pages, measured);
if (failed.length > 0) {
  console.error(`\nNot measured:\n  ${failed.join("\n  ")}`);
  process.exitCode = 1;
}
