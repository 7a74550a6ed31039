/**
 * The search page's behaviour. The search function has already written the results for the address's query
 * (`/search/?q=…&section=…&shown=…`) into the page, so they show without JavaScript; this script takes them over
 * without drawing them again (it makes the same search, keeps the items shown, and makes "Show more results" a
 * button), then searches on the page: as the query is typed (300 ms after the last key), on submit, and when a
 * section is chosen, ten results at a time. Only the count is announced, in the page's polite live region: a screen
 * reader then reads the results as the user moves through them. Pagefind loads on this page only; if it cannot load,
 * the script steps aside and the form goes to the search function, as without JavaScript.
 */
import { SEARCH_INDEX_FOLDER } from "../../lib/forms/shipped-pages.ts";
import { messages } from "./messages.ts";
import type { Pagefind } from "./pagefind-api.ts";
import { resultHtml } from "./search-result.ts";
import {
  excerptLength,
  inSection,
  moreButtonHtml,
  normalQuery,
  optionLabel,
  pageSize,
  readSearch,
  searchQueryString,
  statusText,
} from "./search-view.ts";
import { createSiteSearch, queryWords, sections, type Hit, type Outcome } from "./site-search.ts";

/** How long after the last key the query typed so far is searched for. */
const typingPause = 300;

/** Loads Pagefind from the built site (it exists after `npm run build`, not in `astro dev`). */
async function loadSiteSearch() {
  const pagefindUrl = `/${SEARCH_INDEX_FOLDER}/pagefind.js`;
  const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
  await pagefind.options({ excerptLength });
  return createSiteSearch(pagefind);
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Wires up the search page. */
export function startSearchPage(): void {
  const form = byId<HTMLFormElement>("search-form");
  const input = byId<HTMLInputElement>("search-q");
  const filter = byId<HTMLFieldSetElement>("search-filter");
  const status = byId<HTMLElement>("search-status");
  const help = byId<HTMLElement>("search-help");
  const list = byId<HTMLOListElement>("search-results");
  // A link when the search function wrote it; made a button once the script has the results (useMoreButton).
  let more = byId<HTMLElement>("search-more");
  // The suggestions come from content/pages/search.mdx (<SearchNoResultsHelp>), which may leave them out.
  const noResultsHelp = document.getElementById("search-no-results-help") as HTMLTemplateElement | null;
  // What the search function wrote, if it wrote results: its query, and the page's title before the query was added.
  const rendered = list.dataset.query;
  const pageTitle = list.dataset.pageTitle ?? document.title;
  const siteSearch = loadSiteSearch();
  // Once Pagefind has failed to load, the form and its filter go to the search function (no script in the way).
  const unenhanced = () => form.classList.contains("search-form--unenhanced");
  let outcome: Outcome | undefined;
  let query = "";
  let shown: Hit[] = [];
  let latest = 0; // the latest search, so that a slower earlier one does not overwrite it
  let view = 0; // the latest rendering of the results, likewise
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  // Whether the current history entry was made by typing: typing goes on replacing it, so Back skips the
  // half-typed queries and returns to the search before.
  let typedEntry = false;

  const radios = () => [...filter.querySelectorAll<HTMLInputElement>('input[name="section"]')];
  const chosenSection = () => sections.find((section) => section === radios().find((radio) => radio.checked)?.value);
  const fromUrl = () => {
    const { query, section } = readSearch(new URL(location.href).searchParams);
    input.value = query;
    for (const radio of radios()) radio.checked = radio.value === (section ?? "");
  };
  /** The address of the search in the form, with how many results show when more than the first ten. */
  const address = (shownCount?: number) =>
    location.pathname +
    searchQueryString({ query: normalQuery(input.value), section: chosenSection(), shown: shownCount });
  const here = () => location.pathname + location.search;
  /** Puts the search in the address: a submitted search is a new entry in the history, typing replaces its own. */
  function record(how: "submitted" | "typed" | "replaced", to = address()) {
    const replace = how === "replaced" || typedEntry || to === here();
    history[replace ? "replaceState" : "pushState"](null, "", to);
    if (how !== "replaced") typedEntry = how === "typed";
  }

  /** "Show more results" as a button that adds the next results in place (the search function writes a link). */
  function useMoreButton(hidden: boolean) {
    if (!(more instanceof HTMLButtonElement)) {
      const hadFocus = document.activeElement === more;
      const template = document.createElement("template");
      template.innerHTML = moreButtonHtml(hidden).value;
      const button = template.content.firstElementChild as HTMLButtonElement;
      button.addEventListener("click", showMoreAndFocus);
      more.replaceWith(button);
      more = button;
      if (hadFocus) button.focus();
    }
    more.hidden = hidden;
  }

  /** Adds the next results to the list; returns the first new item. */
  async function showMore(count = pageSize): Promise<Element | undefined> {
    const hits = inSection(outcome!, chosenSection());
    const next = hits.slice(shown.length, shown.length + count);
    const run = view;
    const data = await Promise.all(next.map((hit) => hit.load()));
    if (run !== view) return undefined;
    const from = shown.length;
    list.insertAdjacentHTML(
      "beforeend",
      data.map((result, index) => resultHtml(result, next[index]!.section, from + index + 1).value).join(""),
    );
    shown = [...shown, ...next];
    useMoreButton(shown.length >= hits.length);
    return list.children[from];
  }

  async function showMoreAndFocus() {
    const first = await showMore();
    record("replaced", address(shown.length));
    // Keyboard and screen reader users carry on from the first new result, not from the end of the page.
    first?.querySelector("a")?.focus();
  }

  /** Shows the current outcome, narrowed to the chosen section, and announces the count. */
  async function render(count = pageSize) {
    view += 1;
    const section = chosenSection();
    for (const radio of radios())
      radio.labels![0]!.textContent = optionLabel(
        sections.find((name) => name === radio.value),
        outcome,
      );
    filter.hidden = outcome!.hits.length === 0;
    list.replaceChildren();
    help.replaceChildren(
      ...(outcome!.hits.length === 0 && noResultsHelp ? [noResultsHelp.content.cloneNode(true)] : []),
    );
    shown = [];
    useMoreButton(true);
    if (inSection(outcome!, section).length > 0) await showMore(count);
    announce(statusText(query, section, outcome!));
  }

  /** Says something in the live region, unless it says it already (the same words again are not news). */
  const announce = (text: string) => {
    if (status.textContent !== text) status.textContent = text;
  };

  /** Searches for what the form holds, showing `count` results. */
  async function search(count = pageSize) {
    const run = ++latest;
    const started = performance.now();
    query = normalQuery(input.value);
    document.title = query ? messages.title(query, pageTitle) : pageTitle;
    if (!query) {
      outcome = undefined;
      for (const node of [status, help, list]) node.replaceChildren();
      filter.hidden = true;
      useMoreButton(true);
      return;
    }
    const engine = await siteSearch.catch(() => undefined); // if it fails, a submit goes to the search function
    if (!engine) return;
    const found = await engine.search(query);
    if (run !== latest) return;
    // The bench reads these: the query itself, then until the results show.
    performance.measure("search:query", { start: started, detail: query });
    outcome = found;
    await render(count);
    performance.measure("search", { start: started, detail: query });
  }

  /**
   * Takes over the results the search function wrote: makes the same search, so that the filter and "Show more
   * results" work on the page, and keeps what is shown. Draws the results again only if they differ (the reader
   * chose another section meanwhile, or the index changed between the page and the script).
   */
  async function adopt(renderedQuery: string) {
    const run = ++latest;
    const started = performance.now();
    const renderedSection = chosenSection();
    query = renderedQuery;
    const engine = await siteSearch.catch(() => undefined); // if it fails, the results stay as the function wrote them
    if (!engine) return;
    const found = await engine.search(query);
    if (run !== latest) return;
    outcome = found;
    const section = chosenSection();
    const hits = inSection(found, section);
    const count = list.children.length;
    if (section !== renderedSection || statusText(query, section, found) !== status.textContent) {
      await render(Math.max(count, pageSize));
    } else {
      shown = hits.slice(0, count);
      useMoreButton(shown.length >= hits.length);
    }
    performance.measure("search:adopted", { start: started, detail: query });
  }

  form.addEventListener("submit", (event) => {
    // Until Pagefind has loaded, wait for it; if it cannot load, the search function answers the form.
    if (unenhanced()) return;
    event.preventDefault();
    clearTimeout(typingTimer);
    siteSearch.then(
      () => {
        record("submitted");
        void search();
      },
      () => form.submit(),
    );
  });
  input.addEventListener("input", () => {
    siteSearch.then((loaded) => loaded.preload(input.value)).catch(() => {});
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      const typed = normalQuery(input.value);
      // Nothing new, or nothing to search for yet ("a", "I"): the results stay; a cleared field clears them.
      if (typed === query || (typed && queryWords(typed).length === 0)) return;
      siteSearch.then(
        () => {
          record("typed");
          void search();
        },
        () => {},
      );
    }, typingPause);
  });
  filter.addEventListener("change", () => {
    if (unenhanced()) return; // the filter's own button sends it
    record("replaced");
    // Results being taken over are drawn for the chosen section when their outcome comes (adopt).
    if (outcome) void render();
  });
  if (more instanceof HTMLButtonElement) more.addEventListener("click", showMoreAndFocus);
  window.addEventListener("popstate", () => {
    typedEntry = false;
    fromUrl();
    void search(readSearch(new URL(location.href).searchParams).shown);
  });
  siteSearch.catch(() => {
    // Pagefind did not load: the form, its filter's button and "Show more results" go to the search function.
    form.classList.add("search-form--unenhanced");
  });

  if (rendered !== undefined && rendered === normalQuery(input.value)) void adopt(rendered);
  else {
    if (rendered === undefined) fromUrl();
    if (input.value.trim()) void search(readSearch(new URL(location.href).searchParams).shown);
  }
}
