import type { Config, Context } from "@netlify/functions";
import { renderSearchPage } from "./lib/search-page.ts";
import { SECURITY_HEADERS } from "./lib/security-headers.ts";

/**
 * GET the search page: with `?q=` the results are in its HTML, so search works without JavaScript (schools often
 * block scripts); without a query, the page as built. The page's script takes the results over (functions/lib/
 * search-page.ts has how the page is made).
 */
export default async (req: Request, _context: Context) => {
  try {
    return answer(200, await renderSearchPage(new URL(req.url)), {
      // The results change only with a deploy, so a minute's caching spares repeated searches. A page cached
      // across a deploy may name the last deploy's scripts for that minute: it works without them.
      "Cache-Control": "public, max-age=60",
    });
  } catch (error) {
    // The index could not be loaded. The page as built still searches in the browser, with JavaScript.
    console.error("Search failed:", error);
    return answer(503, await renderSearchPage(new URL("/search/", req.url)), {
      "Cache-Control": "no-store",
    });
  }
};

const answer = (status: number, page: string, headers: Record<string, string>) =>
  new Response(page, {
    status,
    headers: { ...SECURITY_HEADERS, "Content-Type": "text/html; charset=utf-8", ...headers },
  });

export const config: Config = {
  // URLPattern: with or without the trailing slash that the site's links use.
  path: "/search{/}?",
  method: ["GET"],
};
