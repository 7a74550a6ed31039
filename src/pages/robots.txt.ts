import type { APIRoute } from "astro";
import { EDITOR_PATH } from "../lib/editor/admin-page.ts";

/** Allows every crawler everywhere but the content editor, and points it at the sitemap. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\nDisallow: ${EDITOR_PATH}\n\nSitemap: ${new URL("/sitemap-index.xml", site).href}\n`,
    {
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    },
  );
