/**
 * The functions as Netlify packages them: the zips `netlify build --offline` writes to .netlify/functions/,
 * each unzipped into a folder of its own outside the project, so that a function sees only what its zip holds.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import extract from "extract-zip";
import type { PackagedRequest, PackagedResponse } from "./invoke-packaged.ts";

export type { PackagedRequest, PackagedResponse };

const functionsDir = resolve(".netlify/functions");
const invoker = resolve("tests/packaged/invoke-packaged.ts");

/** One packaged function: its name and its zip, from the manifest Netlify writes beside the zips. */
export interface PackagedFunction {
  name: string;
  zip: string;
}

/** Every function in the last `netlify build --offline`; throws, saying what to run, when there is none. */
export function packagedFunctions(): PackagedFunction[] {
  const manifest = join(functionsDir, "manifest.json");
  if (!existsSync(manifest)) {
    throw new Error("No packaged functions in .netlify/functions/: run `npx netlify build --offline` first.");
  }
  const { functions } = JSON.parse(readFileSync(manifest, "utf8")) as { functions: { name: string; path: string }[] };
  return functions.map(({ name, path }) => ({ name, zip: path }));
}

/** What the packaged functions need from outside: the Blobs server, and the environment Netlify would set. */
export interface PackagedServices {
  blobs: { url: string; token: string; siteID: string };
  env: Record<string, string>;
}

/**
 * Unzips every packaged function into a temporary folder and returns a way to call each one, in a Node
 * process of its own with that folder as its task root. `remove` deletes the folders.
 */
export async function unzipPackagedFunctions(services: PackagedServices) {
  const root = await mkdtemp(join(tmpdir(), "btsa-packaged-"));
  const folders = new Map<string, string>();
  for (const { name, zip } of packagedFunctions()) {
    const folder = join(root, name);
    await extract(zip, { dir: folder });
    folders.set(name, folder);
  }
  return {
    names: [...folders.keys()],
    /** Calls the named function with each request in turn, in one fresh process, and returns its answers. */
    invoke: (name: string, requests: PackagedRequest[]) => {
      const folder = folders.get(name);
      if (!folder) throw new Error(`No packaged function "${name}"`);
      return invokeIn(folder, requests, services);
    },
    /** Whether the named function's zip holds a file (a path inside the zip, "function-pages/…"). */
    holds: (name: string, file: string) => folders.has(name) && existsSync(join(folders.get(name)!, file)),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

async function invokeIn(folder: string, requests: PackagedRequest[], services: PackagedServices) {
  const answers = join(folder, "..", `${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  const child = spawn(process.execPath, [invoker, folder, answers], {
    cwd: folder,
    // Only what Lambda would have: no project paths, so a file the zip lacks cannot be found elsewhere.
    env: {
      PATH: process.env.PATH ?? "",
      HOME: folder,
      LAMBDA_TASK_ROOT: folder,
      PACKAGED_BLOBS: JSON.stringify(services.blobs),
      ...services.env,
    },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (chunk: Buffer) => (log += chunk));
  child.stderr.on("data", (chunk: Buffer) => (log += chunk));
  child.stdin.end(JSON.stringify(requests));
  const code = await new Promise<number | null>((done) => child.on("close", done));
  if (code !== 0) throw new Error(`The packaged function in ${folder} exited with ${code}:\n${log}`);
  const responses = JSON.parse(await readFile(answers, "utf8")) as PackagedResponse[];
  return { responses, log };
}
