/**
 * How a search result looks: its title as a link that carries the highlighting to the page, its section, its excerpt
 * with the searched words marked, and the page's matching headings, each a link to its anchor.
 */
import { highlightedUrl, parseExcerpt } from "./excerpt.ts";
import { messages } from "./messages.ts";
import type { PagefindResultData } from "./pagefind-api.ts";
import type { Section } from "./site-search.ts";

/** Headings of a page shown under its result, at most. */
const headingsPerResult = 3;

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]) => {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
};
const link = (href: string, text: string) => Object.assign(document.createElement("a"), { href, textContent: text });
const excerpt = (html: string) =>
  element(
    "p",
    "search-result__excerpt",
    ...parseExcerpt(html).map(({ text, marked }) => (marked ? element("mark", "", text) : text)),
  );

/** One result, as an item of the results list. */
export function renderResult(data: PagefindResultData, section: Section | undefined): HTMLLIElement {
  const title = data.meta.title ?? data.url;
  const item = element(
    "li",
    "search-result",
    element("h2", "search-result__title", link(highlightedUrl(data.url, data.excerpt), title)),
  );
  if (section) item.append(element("p", "search-result__section", messages.sectionName[section]));
  item.append(excerpt(data.excerpt));
  const headings = data.sub_results
    .filter((sub) => sub.url.includes("#") && sub.title !== title)
    .slice(0, headingsPerResult);
  if (headings.length > 0) {
    const list = element("ul", "search-result__headings");
    for (const sub of headings)
      list.append(element("li", "", link(highlightedUrl(sub.url, sub.excerpt), sub.title), excerpt(sub.excerpt)));
    item.append(list);
  }
  return item;
}
