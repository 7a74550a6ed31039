// node_modules/node/bin/node bench/functions-cold-start.ts [--runs 15]
/**
 * What a cold start of each function loads: every function in functions/ bundled whole (esbuild, minified,
 * dependencies in, as tests/unit/function-size.test.ts guards it), then imported in fresh Node processes, `runs`
 * times each, one process at a time. Two import times per function:
 * - "fresh": in a bare Node process, Node's own modules (fetch's undici, http, https, crypto) loaded on demand;
 * - "after runtime": once the modules Netlify's bootstrap loads before any function (it patches fetch and
 *   http/https and uses crypto) are loaded, which is what the function's own code adds to a cold start there.
 * Prints each bundle's size, its largest parts and both times (median, min–max).
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { bundleFunction, functionNames } from "../tests/support/function-bundles.ts";

const { values: args } = parseArgs({ options: { runs: { type: "string", default: "15" } } });
const runs = Number(args.runs);

/** What Netlify's bootstrap has loaded before it imports a function. */
const RUNTIME_PRELOAD = `await import("node:http"); await import("node:https"); await import("node:crypto"); new Request("http://localhost/"); new Response(""); void globalThis.fetch;`;

/** Milliseconds to import the module once, in a Node process of its own, after `preload`. */
function importMs(file: string, preload = ""): number {
  const script = `${preload} const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); process.stdout.write(String(performance.now() - t));`;
  return Number(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }));
}

/** Median and range of `runs` imports. */
function timings(file: string, preload?: string) {
  const times = Array.from({ length: runs }, () => importMs(file, preload)).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  return `${median.toFixed(1)} (${times[0]!.toFixed(1)}–${times.at(-1)!.toFixed(1)})`;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const outDir = await mkdtemp(join(tmpdir(), "btsa-cold-start-"));
try {
  console.log(`Node ${process.version}, ${runs} fresh processes per function and measure\n`);
  console.log("| function | bundle KB | import ms, fresh | import ms, after runtime | largest parts (KB) |");
  console.log("|---|---|---|---|---|");
  for (const name of functionNames()) {
    const bundle = await bundleFunction(name, outDir);
    importMs(bundle.file); // warm the file cache
    const parts = Object.entries(bundle.packages)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([part, bytes]) => `${part} ${kb(bytes)}`)
      .join(", ");
    const fresh = timings(bundle.file);
    const afterRuntime = timings(bundle.file, RUNTIME_PRELOAD);
    console.log(`| ${name} | ${kb(bundle.bytes)} | ${fresh} | ${afterRuntime} | ${parts} |`);
  }
} finally {
  await rm(outDir, { recursive: true, force: true });
}
