/**
 * Pagefind's search in Node: the built index's own runtime (`pagefind/pagefind.js`, the same file the browser loads)
 * run over an index folder on disk. Pagefind's npm package only builds indexes; searching is done by this runtime,
 * which fetches its WebAssembly and index chunks relative to a base path. Here that base path is a made-up origin
 * whose requests are answered from the folder; every other request goes to the real `fetch`.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Pagefind } from "./pagefind-api.ts";

/** The runtime's own entry point, beside `search`, `options` and the rest it exports. */
interface PagefindModule {
  createInstance(options: { basePath: string; baseUrl: string; excerptLength?: number }): Pagefind;
}

/** Index folders by the made-up origin standing for each. */
const folders = new Map<string, string>();
let realFetch: typeof fetch | undefined;

function answerFromFolders(): void {
  if (realFetch) return;
  const passOn = (realFetch = globalThis.fetch);
  globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const folder = folders.get(url.origin);
    if (!folder) return passOn(input, init);
    const file = join(folder, decodeURIComponent(url.pathname));
    if (!file.startsWith(folder)) return new Response(null, { status: 404 });
    return readFile(file).then(
      (bytes) => new Response(bytes, { headers: file.endsWith(".wasm") ? { "Content-Type": "application/wasm" } : {} }),
      () => new Response(null, { status: 404 }),
    );
  };
}

/**
 * Loads a Pagefind instance over the index in `folder` (the folder that holds `pagefind.js`). Result URLs start at
 * the site's root ("/faq/canvas-access/"), as in the browser.
 */
export async function loadPagefind(folder: string, options: { excerptLength?: number } = {}): Promise<Pagefind> {
  answerFromFolders();
  const origin = `http://pagefind-${folders.size + 1}.invalid`;
  folders.set(origin, folder);
  const runtime = (await import(pathToFileURL(join(folder, "pagefind.js")).href)) as PagefindModule;
  const pagefind = runtime.createInstance({ basePath: `${origin}/`, baseUrl: "/", ...options });
  await pagefind.init();
  return pagefind;
}
