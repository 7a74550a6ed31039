/**
 * Starts the content editor in the browser: `/admin/start.js`, bundled from this file when the site is built
 * (src/integrations/editor.ts), the one script of the editor's page. Decap starts itself as soon as its script runs,
 * unless told not to; the site's JSON format (json-format.ts) must be registered first, with the configuration its
 * field order comes from. So, in order: tell Decap to wait, load it, read /admin/config.yml, register the format,
 * start Decap (which reads the configuration again, as it always does).
 */
import { jsonFormatName, jsonInFieldOrder, type EditorFormat, type OrderedConfig } from "./json-format.ts";

/** What the page uses of Decap's global `CMS`. */
interface DecapGlobal {
  registerCustomFormat(name: string, extension: string, format: EditorFormat): void;
  init(): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapGlobal;
  }
}

/** Loads a classic script from the editor's folder and waits until it has run. */
const loadScript = (name: string) =>
  new Promise<void>((resolve, reject) => {
    const script = document.createElement("script");
    script.src = new URL(name, import.meta.url).href;
    script.addEventListener("load", () => resolve());
    script.addEventListener("error", () => reject(new Error(`${name} did not load`)));
    document.body.append(script);
  });

window.CMS_MANUAL_INIT = true;
const [config] = await Promise.all([
  fetch(new URL("config.yml", import.meta.url)).then((response) => response.json() as Promise<OrderedConfig>),
  loadScript("decap-cms.js"),
]);
window.CMS!.registerCustomFormat(jsonFormatName, "json", jsonInFieldOrder(config));
window.CMS!.init();
