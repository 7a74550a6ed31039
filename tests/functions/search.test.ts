/**
 * The search function with real Requests over the built index (function-pages/pagefind/, written by the build): the
 * results a browser without JavaScript gets in the page, their filter and "Show more results", the page with no
 * results, and what it does with a query it must not trust.
 */
import { describe, expect, it } from "vitest";
import search, { config } from "../../functions/search";
import { SEARCH_MARKERS } from "../../src/lib/forms/page-markers";
import { builtPage } from "../../functions/lib/built-page";
import { SEARCH_PAGE } from "../../src/lib/forms/shipped-pages";

/** The function's answer to a GET of the search page's address with these parameters. */
async function searchPage(params: Record<string, string> | string) {
  const query = typeof params === "string" ? params : new URLSearchParams(params).toString();
  const response = await search(new Request(`http://127.0.0.1/search/${query ? `?${query}` : ""}`), {} as never);
  return { response, html: await response.text() };
}

/** What stands between the page's markers: the form and the results the function wrote. */
const filled = (html: string) => html.slice(html.indexOf(SEARCH_MARKERS[0]), html.indexOf(SEARCH_MARKERS[1]));
/** Each result's link and title, in order. */
const results = (html: string) =>
  [...html.matchAll(/<h2 class="search-result__title"><a href="([^"]*)">([^<]*)<\/a><\/h2>/g)].map(
    ([, href, title]) => ({
      path: href!.split("#")[0],
      title,
    }),
  );
const status = (html: string) => /<p id="search-status"[^>]*>([^<]*)<\/p>/.exec(html)?.[1];
const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
/** The filter's options as their labels read ("FAQ (1)"), and the one checked. */
const options = (html: string) =>
  [...html.matchAll(/<label for="search-section-[^"]*">([^<]*)<\/label>/g)].map((m) => m[1]);
const checkedOption = (html: string) => /id="search-section-([^"]*)"\s+value="[^"]*"\s+checked/.exec(html)?.[1];

describe("the search function", () => {
  it("answers the search page's address, with or without its trailing slash", () => {
    const paths = [config.path ?? []].flat();
    const routed = (pathname: string) => paths.some((path) => new URLPattern({ pathname: path }).test({ pathname }));
    expect(routed("/search/")).toBe(true);
    expect(routed("/search")).toBe(true);
    expect(routed("/search/more/")).toBe(false);
  });

  it("writes the results for “canvas” into the page: the Canvas FAQ first, each a link with its section", async () => {
    const { response, html } = await searchPage({ q: "canvas" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(response.headers.get("cache-control")).toMatch(/max-age=\d+/);
    const found = results(html);
    expect(found[0]).toEqual({
      path: "/faq/canvas-access/",
      title: "Can induction tutors see ECT and mentor learning in Canvas?",
    });
    expect(found.map(({ path }) => path)).toContain("/guidance/ecf-schools-dashboard/");
    expect(status(html)).toBe(`${found.length} results for “canvas”`);
    expect(title(html)).toBe("canvas - Search - BTSA");
    expect(filled(html)).toContain('value="canvas"');
    expect(filled(html)).toMatch(
      /<li class="search-result" id="result-1">[\s\S]*?<p class="search-result__section">FAQ<\/p>/,
    );
    // No JavaScript is needed to read them: the page's script only takes them over (data-query).
    expect(filled(html)).toContain('data-query="canvas"');
  });

  it("marks the words searched for in excerpts, and lists a guidance page's matching headings", async () => {
    const { html } = await searchPage({ q: "canvas" });
    expect(filled(html)).toContain("<mark>Canvas</mark>");
    expect(filled(html)).not.toContain("<mark>Canvas?</mark>");
    expect(filled(html)).toMatch(
      /<ul class="search-result__headings">\s*<li>\s*<a href="\/guidance\/ecf-schools-dashboard\/#canvas-access-for-induction-tutors[^"]*">Canvas access for induction tutors<\/a>/,
    );
  });

  it("shows the section filter with each section's count, applied from the address", async () => {
    const all = await searchPage({ q: "dashboard" });
    expect(options(all.html)).toEqual(["All sections (5)", "Guidance (2)", "FAQ (2)", "Resources (1)"]);
    expect(checkedOption(all.html)).toBe("all");
    expect(filled(all.html)).not.toMatch(/<fieldset id="search-filter"[^>]*hidden/);
    expect(filled(all.html)).toContain('<button class="search-filter__apply" type="submit">Show results</button>');

    const faq = await searchPage({ q: "dashboard", section: "FAQ" });
    expect(checkedOption(faq.html)).toBe("FAQ");
    expect(status(faq.html)).toBe("2 results for “dashboard” in FAQ");
    expect(results(faq.html).map(({ path }) => path.split("/")[1])).toEqual(["faq", "faq"]);
    expect(filled(faq.html)).toContain('<p class="search-result__section">FAQ</p>');
    expect(filled(faq.html)).not.toContain('<p class="search-result__section">Guidance</p>');
  });

  it("says when the chosen section has nothing, and reads an unknown section as every section", async () => {
    const none = await searchPage({ q: "TRN", section: "FAQ" });
    expect(status(none.html)).toBe("No results for “TRN” in FAQ. All sections has 3 results.");
    expect(results(none.html)).toEqual([]);
    const unknown = await searchPage({ q: "TRN", section: "Elsewhere" });
    expect(status(unknown.html)).toBe("3 results for “TRN”");
    expect(checkedOption(unknown.html)).toBe("all");
  });

  it("shows ten results, then a link to ten more that lands on the first new one", async () => {
    const first = await searchPage({ q: "ECTs" });
    expect(results(first.html)).toHaveLength(10);
    const more = /<a id="search-more" class="search-more" href="([^"]*)">Show more results<\/a>/.exec(first.html)?.[1];
    expect(more?.replaceAll("&amp;", "&")).toBe("?q=ECTs&shown=20#result-11");

    const next = await searchPage({ q: "ECTs", shown: "20" });
    const twenty = results(next.html);
    expect(twenty.length).toBeGreaterThan(10);
    expect(twenty.slice(0, 10)).toEqual(results(first.html));
    expect(next.html).toContain('<li class="search-result" id="result-11">');
    const total = Number(/^(\d+) results/.exec(status(next.html) ?? "")?.[1]);
    if (total > 20) expect(next.html).toContain("shown=30#result-21");
    else expect(next.html).not.toContain('<a id="search-more"');
  });

  it("keeps the section in the “Show more results” link, and shows none when every result shows", async () => {
    const faq = await searchPage({ q: "ECTs", section: "FAQ" });
    expect(faq.html).toMatch(/href="\?q=ECTs&amp;section=FAQ&amp;shown=20#result-11"/);
    const few = await searchPage({ q: "canvas" });
    expect(few.html).not.toContain('<a id="search-more"');
    expect(few.html).toContain('<button id="search-more" class="search-more" type="button" hidden>');
  });

  it("reads a malformed or huge “shown” as a number it can show", async () => {
    const malformed = await searchPage({ q: "ECTs", shown: "lots" });
    expect(results(malformed.html)).toHaveLength(10);
    const huge = await searchPage({ q: "ECTs", shown: "100000" });
    expect(results(huge.html).length).toBeLessThanOrEqual(100);
  });

  it("with no results says so and suggests what to do, from content/pages/search.mdx", async () => {
    const { html } = await searchPage({ q: "xylophone" });
    expect(status(html)).toBe("No results for “xylophone”");
    const help = /<div id="search-help">([\s\S]*?)<\/div>\s*<ol/.exec(html)?.[1] ?? "";
    expect(help).toContain("check the spelling");
    expect(help).toContain('<a href="/faq/">frequently asked questions</a>');
    expect(results(html)).toEqual([]);
    expect(filled(html)).toMatch(/<fieldset id="search-filter" class="search-filter" hidden>/);
  });

  it("escapes a hostile query wherever it shows: title, field, status and links", async () => {
    const hostile = `<script>alert("x")</script>'&`;
    const { html } = await searchPage({ q: hostile });
    expect(html).not.toContain("<script>alert");
    expect(title(html)).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;&amp; - Search - BTSA");
    expect(filled(html)).toContain('value="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;&amp;"');
    expect(status(html)).toMatch(/^No results for “&lt;script&gt;/);
    expect(filled(html)).toContain('data-query="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;&amp;"');
  });

  it("answers the page as built when there is no query, or only spaces", async () => {
    const built = await builtPage(SEARCH_PAGE);
    for (const params of ["", "q=", "q=%20%20", "section=FAQ&shown=20"]) {
      const { response, html } = await searchPage(params);
      expect(response.status, params).toBe(200);
      expect(html, params).toBe(built);
    }
    expect(filled(built)).not.toContain("data-query");
    expect(filled(built)).toMatch(/<fieldset id="search-filter" class="search-filter" hidden>/);
  });

  it("searches for the first 200 characters of a longer query, with no error", async () => {
    const long = `canvas ${"x".repeat(500)}`;
    const { response, html } = await searchPage({ q: long });
    expect(response.status).toBe(200);
    const capped = long.slice(0, 200);
    expect(filled(html)).toContain(`value="${capped}"`);
    expect(filled(html)).not.toContain(long.slice(0, 201));
    expect(results(html)[0]?.path).toBe("/faq/canvas-access/");
  });
});
