/**
 * Each function bundled whole, as a cold start loads it: esbuild, minified, every dependency inside. The size
 * guard (tests/unit/function-size.test.ts) and the cold-start bench (bench/functions-cold-start.ts) share it.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

/** One function's bundle: its size, and the bytes each package contributes. */
export interface FunctionBundle {
  name: string;
  file: string;
  bytes: number;
  /** Bytes in the bundle by npm package ("(own)" for the project's code and content). */
  packages: Record<string, number>;
}

/** The function files of functions/ (one per endpoint), by name. */
export const functionNames = () =>
  readdirSync("functions")
    .filter((file) => file.endsWith(".ts"))
    .map((file) => file.replace(/\.ts$/, ""))
    .sort();

/** Bundles one function into `outDir` and measures what it holds. */
export async function bundleFunction(name: string, outDir: string): Promise<FunctionBundle> {
  const file = join(outDir, `${name}.mjs`);
  const { metafile } = await build({
    entryPoints: [join("functions", `${name}.ts`)],
    outfile: file,
    bundle: true,
    minify: true,
    platform: "node",
    format: "esm",
    target: "node22",
    metafile: true,
    logLevel: "error",
    // Bundled dependencies written for CommonJS still call require() for Node's own modules.
    banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' },
  });
  const output = Object.values(metafile.outputs)[0]!;
  const packages: Record<string, number> = {};
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const name = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? "(own)";
    packages[name] = (packages[name] ?? 0) + bytesInOutput;
  }
  return { name, file, bytes: output.bytes, packages };
}
