/**
 * The search page's behaviour: runs the query in the URL (`/search/?q=…&section=…`), shows the results ten at a
 * time, narrows them to a section, and announces how many there are in the page's polite live region (only the
 * count: a screen reader then reads the results as the user moves through them). Pagefind loads on this page only.
 */
import { messages } from "./messages.ts";
import type { Pagefind } from "./pagefind-api.ts";
import { renderResult } from "./search-result.ts";
import { createSiteSearch, sections, type Hit, type Outcome, type Section } from "./site-search.ts";

const pageSize = 10;

/** Loads Pagefind from the built site (it exists after `npm run build`, not in `astro dev`). */
async function loadSiteSearch() {
  const pagefindUrl = "/pagefind/pagefind.js";
  const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
  await pagefind.options({ excerptLength: 24 });
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
  const more = byId<HTMLButtonElement>("search-more");
  // The suggestions come from content/pages/search.mdx (<SearchNoResultsHelp>), which may leave them out.
  const noResultsHelp = document.getElementById("search-no-results-help") as HTMLTemplateElement | null;
  const pageTitle = document.title;
  const siteSearch = loadSiteSearch();
  let outcome: Outcome | undefined;
  let query = "";
  let shown: Hit[] = [];
  let latest = 0; // the latest search, so that a slower earlier one does not overwrite it
  let view = 0; // the latest rendering of the results, likewise

  const radios = () => [...filter.querySelectorAll<HTMLInputElement>('input[name="section"]')];
  const chosenSection = () => sections.find((section) => section === radios().find((radio) => radio.checked)?.value);
  const fromUrl = () => {
    const params = new URL(location.href).searchParams;
    input.value = params.get("q") ?? "";
    const section = sections.find((name) => name === params.get("section")) ?? "";
    for (const radio of radios()) radio.checked = radio.value === section;
  };
  const toUrl = () => {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set("q", input.value.trim());
    const section = chosenSection();
    if (section && input.value.trim()) params.set("section", section);
    return `${location.pathname}${params.size > 0 ? `?${params}` : ""}`;
  };

  /** Adds the next results to the list; returns the first new item. */
  async function showMore(): Promise<HTMLLIElement | undefined> {
    const section = chosenSection();
    const hits = outcome!.hits.filter((hit) => !section || hit.section === section);
    const next = hits.slice(shown.length, shown.length + pageSize);
    const run = view;
    const data = await Promise.all(next.map((hit) => hit.load()));
    if (run !== view) return undefined;
    const items = data.map((result, index) => renderResult(result, next[index]!.section));
    list.append(...items);
    shown = [...shown, ...next];
    more.hidden = shown.length >= hits.length;
    return items[0];
  }

  /** Shows the current outcome, narrowed to the chosen section, and announces the count. */
  async function render() {
    view += 1;
    const section = chosenSection();
    const { hits, counts } = outcome!;
    const total = hits.length;
    const inSection = section ? counts[section] : total;
    for (const radio of radios()) {
      const name = radio.value ? messages.sectionName[radio.value as Section] : messages.allSections;
      radio.labels![0]!.textContent = messages.option(name, radio.value ? counts[radio.value as Section] : total);
    }
    filter.hidden = total === 0;
    list.replaceChildren();
    help.replaceChildren(...(total === 0 && noResultsHelp ? [noResultsHelp.content.cloneNode(true)] : []));
    shown = [];
    more.hidden = true;
    if (inSection > 0) await showMore();
    status.textContent =
      total === 0
        ? messages.noResults(query)
        : inSection === 0
          ? messages.noneInSection(query, section!, total)
          : messages.found(inSection, query, section);
  }

  /** Searches for what the form holds. */
  async function search() {
    const run = ++latest;
    const started = performance.now();
    query = input.value.trim();
    document.title = query ? messages.title(query, pageTitle) : pageTitle;
    if (!query) {
      outcome = undefined;
      for (const node of [status, help, list]) node.replaceChildren();
      filter.hidden = more.hidden = true;
      return;
    }
    const engine = await siteSearch.catch(() => undefined); // a failure to load is shown once, below
    if (!engine) return;
    const found = await engine.search(query);
    if (run !== latest) return;
    // The bench reads these: the query itself, then until the results show.
    performance.measure("search:query", { start: started, detail: query });
    outcome = found;
    await render();
    performance.measure("search", { start: started, detail: query });
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    history.pushState(null, "", toUrl());
    void search();
  });
  input.addEventListener("input", () => {
    siteSearch.then((engine) => engine.preload(input.value)).catch(() => {});
  });
  filter.addEventListener("change", () => {
    history.replaceState(null, "", toUrl());
    if (outcome) void render();
  });
  more.addEventListener("click", async () => {
    const first = await showMore();
    // Keyboard and screen reader users carry on from the first new result, not from the end of the page.
    first?.querySelector("a")?.focus();
  });
  window.addEventListener("popstate", () => {
    fromUrl();
    void search();
  });
  siteSearch.catch(() => {
    // Pagefind did not load: say what the page says without JavaScript.
    form.hidden = true;
    for (const notice of document.querySelectorAll<HTMLElement>("[data-search-unavailable]")) notice.hidden = false;
  });

  fromUrl();
  if (input.value.trim()) void search();
}
