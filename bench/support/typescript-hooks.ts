/**
 * Lets plain Node 24 import the functions' source, which its type stripping alone cannot: parameter properties
 * (`constructor(readonly value: string)`), .tsx components and extensionless imports in src/components. Project
 * .ts/.tsx files (not node_modules) are compiled with the project's own TypeScript (JSX for Preact); an
 * extensionless relative import is tried as .ts, .tsx, then /index.ts. Import this before importing them.
 */
import { existsSync, readFileSync } from "node:fs";
import { registerHooks } from "node:module";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const compilerOptions: ts.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  target: ts.ScriptTarget.ES2023,
  jsx: ts.JsxEmit.ReactJSX,
  jsxImportSource: "preact",
  isolatedModules: true,
  sourceMap: false,
};

const ours = (url: string) => url.startsWith("file:") && !url.includes("/node_modules/") && /\.(c|m)?tsx?$/.test(url);

registerHooks({
  resolve(specifier, context, nextResolve) {
    const relative = specifier.startsWith("./") || specifier.startsWith("../");
    if (!relative || !context.parentURL || /\.[a-z]+$/i.test(specifier) || !ours(context.parentURL)) {
      return nextResolve(specifier, context);
    }
    for (const suffix of [".ts", ".tsx", "/index.ts"]) {
      const url = new URL(specifier + suffix, context.parentURL);
      if (existsSync(fileURLToPath(url))) return { url: url.href, shortCircuit: true };
    }
    return nextResolve(specifier, context);
  },
  load(url, context, nextLoad) {
    if (!ours(url)) return nextLoad(url, context);
    const source = readFileSync(fileURLToPath(url), "utf8");
    const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: fileURLToPath(url) });
    return { format: "module", source: outputText, shortCircuit: true };
  },
});
