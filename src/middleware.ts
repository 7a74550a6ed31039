import { defineMiddleware } from "astro:middleware";
import { moveIslandStyleToHead } from "./lib/island-style";

/**
 * Runs as each page is built (and in `astro dev`): moves the style Astro writes before a page's first island
 * into the head, so that the form pages are valid HTML (see src/lib/island-style.ts). Moving keeps the page's
 * length, so its headers stay true.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get("content-type")?.startsWith("text/html")) return response;
  const html = await response.text();
  return new Response(moveIslandStyleToHead(html), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
