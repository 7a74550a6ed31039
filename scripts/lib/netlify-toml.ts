/**
 * What tests and benches read from netlify.toml, the one source for the site's headers and the files shipped with
 * the functions. Only these two shapes are read, so a small reader does instead of a TOML parser.
 */
import { readFileSync } from "node:fs";

const toml = () => readFileSync("netlify.toml", "utf8");

/** The `[[headers]]` rules in file order: each `for` path pattern with its header values. */
export function headerRules(): { for: string; values: Record<string, string> }[] {
  return toml()
    .split("[[headers]]")
    .slice(1)
    .map((block) => ({
      for: /for = "(.*)"/.exec(block)?.[1] ?? "",
      values: Object.fromEntries(
        [...(block.split("[headers.values]")[1] ?? "").matchAll(/^\s+([A-Za-z-]+) = "(.*)"$/gm)].map((match) => [
          match[1]!,
          match[2]!,
        ]),
      ),
    }));
}

/** The `included_files` globs of the `[functions]` block. */
export function includedFiles(): string[] {
  const line = toml().match(/^\s*included_files\s*=\s*\[(.*)\]\s*$/m)?.[1] ?? "";
  return [...line.matchAll(/"([^"]+)"/g)].map((match) => match[1]!);
}
