// node_modules/node/bin/node bench/functions-cold-start.ts [--runs 15]
/**
 * What a cold start of each function loads: every function in functions/ bundled whole (esbuild, minified,
 * dependencies in, as tests/unit/function-size.test.ts guards it), then imported in a fresh Node process, `runs`
 * times each. Prints the bundle's size, its largest packages and the import time (median, min–max) per function.
 * The import is what each cold start pays before the handler runs; the processes run one at a time.
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

/** Milliseconds to import the module once, in a Node process of its own. */
function importMs(file: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); process.stdout.write(String(performance.now() - t));`;
  return Number(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }));
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const outDir = await mkdtemp(join(tmpdir(), "btsa-cold-start-"));
try {
  console.log(`Node ${process.version}, ${runs} fresh processes per function\n`);
  console.log("| function | bundle KB | import ms median | min–max | largest parts (KB) |");
  console.log("|---|---|---|---|---|");
  for (const name of functionNames()) {
    const bundle = await bundleFunction(name, outDir);
    importMs(bundle.file); // warm the file cache
    const times = Array.from({ length: runs }, () => importMs(bundle.file)).sort((a, b) => a - b);
    const parts = Object.entries(bundle.packages)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([part, bytes]) => `${part} ${kb(bytes)}`)
      .join(", ");
    const median = times[Math.floor(times.length / 2)]!;
    console.log(
      `| ${name} | ${kb(bundle.bytes)} | ${median.toFixed(1)} | ${times[0]!.toFixed(1)}–${times.at(-1)!.toFixed(1)} | ${parts} |`,
    );
  }
} finally {
  await rm(outDir, { recursive: true, force: true });
}
