// @ts-check
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { fileURLToPath } from "node:url";
import { contentCheck } from "./src/integrations/content-check.ts";
import { editor } from "./src/integrations/editor.ts";
import { searchIndex } from "./src/integrations/search-index.ts";
import { shippedPages } from "./src/integrations/shipped-pages.ts";
import { allForms, questionPages } from "./src/lib/forms/all-forms.ts";
import { STAFF_PAGE } from "./src/lib/forms/shipped-pages.ts";
import { settings } from "./src/lib/settings.ts";
import { FLOW_PATH } from "./src/lib/which-steps/flow.ts";

// Netlify sets URL at build time; the setting serves other hosts; localhost keeps a fresh clone building. The
// settings come through src/lib/settings.ts, which reads a siteUrl left empty in the content editor as unset.
const site = process.env.URL ?? settings.siteUrl ?? "http://localhost:8888";

// Kept out of the sitemap: the not-found page, and the pages functions serve with `X-Robots-Tag: noindex` (a
// sitemap listing pages that forbid indexing is an error to search engines): the confirmation pages and the staff area.
// Of the "Which steps apply?" flow, only its first question (the way in) and its outcomes are listed: a later
// question is only met on the way through.
const unlisted = new Set([
  "/404/",
  ...allForms.map((form) => form.confirmationPage),
  STAFF_PAGE,
  ...questionPages.filter((path) => path !== FLOW_PATH),
]);

// Formik and its React imports must be bundled so that preact/compat stands in for React when prerendering.
const bundledForPreact = ["formik", "react", "react-dom", "react/jsx-runtime"];

export default defineConfig({
  site,
  trailingSlash: "always",
  // Each page gets a CSP <meta> with the hashes of its own inline scripts and styles: nothing else runs.
  // Pagefind's search needs WebAssembly. Headers that a <meta> cannot carry are in netlify.toml.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // No code blocks here, and Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  integrations: [
    contentCheck(),
    mdx(),
    preact({ compat: true }),
    sitemap({ filter: (page) => !unlisted.has(new URL(page).pathname) }),
    shippedPages(),
    // After shipped-pages, which empties the folder it copies the index into.
    searchIndex(),
    // After the search index, so that the editor's page is not in it.
    editor(),
  ],
  vite: {
    resolve: {
      // Formik uses lodash's clone machinery only on plain form values; these stand-ins keep the form page
      // within its 40 KB gzip JavaScript budget (src/shims/).
      alias: [
        {
          find: /^lodash-es\/clone$/,
          replacement: fileURLToPath(new URL("./src/shims/lodash-clone.ts", import.meta.url)),
        },
        {
          find: /^lodash-es\/cloneDeep$/,
          replacement: fileURLToPath(new URL("./src/shims/lodash-clone-deep.ts", import.meta.url)),
        },
      ],
    },
    environments: {
      prerender: { resolve: { noExternal: bundledForPreact } },
      ssr: { resolve: { noExternal: bundledForPreact } },
    },
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // MDX output trips a harmless "module level directive" notice per file (withastro/astro#18087).
          if (log.code === "MODULE_LEVEL_DIRECTIVE") return;
          handler(level, log);
        },
      },
    },
  },
});
