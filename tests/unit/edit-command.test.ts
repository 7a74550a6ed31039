/**
 * `npm run edit` as the manager runs it (with `--no-build`: the suite has built the site, and a build here would
 * rewrite dist/ under the other tests): it prints where to go, serves the editor on 127.0.0.1 with the local
 * backend on a scratch copy, and stops its backend when stopped.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { basename } from "node:path";
import { afterEach, expect, it } from "vitest";

let command: ChildProcess | undefined;
let copy: string | undefined;
afterEach(async () => {
  // Ctrl+C, so that the command stops decap-server too; a kill would leave it running.
  if (command && command.exitCode === null && command.signalCode === null) {
    const exited = new Promise((resolve) => command!.once("exit", resolve));
    command.kill("SIGINT");
    await exited;
  }
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/** Resolves to everything the command has printed once `pattern` appears in it. */
const printed = (child: ChildProcess, pattern: RegExp) =>
  new Promise<string>((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) resolve(output);
    });
    child.once("exit", (code) => reject(new Error(`exited with ${code} before printing ${pattern}:\n${output}`)));
  });

it(
  "prints the editor's address and the scratch copy; the editor saves there; Ctrl+C stops it and its backend",
  {
    timeout: 60_000,
  },
  async () => {
    command = spawn(process.execPath, ["scripts/edit.ts", "--no-build", "--port", "0"], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const output = await printed(command, /Press Ctrl\+C/);
    const url = /open (http:\/\/127\.0\.0\.1:\d+\/admin\/)/.exec(output)?.[1];
    copy = /saved in (\S+)\/content\//.exec(output)?.[1];
    expect(url, output).toBeDefined();
    expect(copy, output).toMatch(/btsa-edit-/);
    expect(existsSync(`${copy}/content/settings.json`)).toBe(true);

    const page = await fetch(url!);
    expect(page.headers.get("x-robots-tag")).toBe("noindex, nofollow");
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self' 'unsafe-eval'");
    const config = (await (await fetch(`${url}config.yml`)).json()) as { local_backend: { url: string } };
    expect(config.local_backend.url).toBe(new URL("/api/v1", url).href);
    const backend = await fetch(config.local_backend.url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ action: "info" }),
    });
    expect(await backend.json()).toMatchObject({ repo: basename(copy!), type: "local_fs" });

    const exited = new Promise<number | null>((resolve) => command!.once("exit", resolve));
    command.kill("SIGINT");
    expect(await exited).toBe(0);
    await expect(fetch(url!)).rejects.toThrow();
    expect(existsSync(`${copy}/content/settings.json`), "the scratch copy keeps the manager's changes").toBe(true);
  },
);
