import { expect, test, type Page } from "@playwright/test";

/**
 * Questions as schools type them, each with the page (for the FAQ, the question's own page) that must come first.
 * Where a guidance page and an FAQ answer say the same thing in the same words, either may come first.
 */
const firstResults: [query: string, expected: string | string[]][] = [
  ["do second year ECTs re-register", "/faq/do-second-year-ects-re-register/"],
  ["check data", ["/guidance/check-data/", "/faq/how-to-check-dfe-data/"]],
  ["which delivery partner do I pick", "/faq/which-delivery-partner/"],
  ["Canvas login", ["/faq/canvas-access/", "/guidance/ecf-schools-dashboard/"]],
  ["welcome pack", "/faq/what-is-in-the-welcome-pack/"],
  ["changing lead provider", "/faq/changing-lead-provider/"],
  ["dashboard", ["/faq/what-is-the-schools-dashboard/", "/guidance/ecf-schools-dashboard/"]],
  // Only this answer says "phone number"; the contact page, which gives it, labels it "Phone".
  ["phone number", "/faq/who-to-contact-locally/"],
  ["induction conference", "/faq/how-to-register-for-induction-conference/"],
  ["brochure", ["/faq/bpn-faq-and-support/", "/resources/"]],
  ["Denise Mair", "/contact/"],
  // The ECT and mentor form asks for the TRN; the guidance says the DfE service now needs it.
  ["TRN", ["/register/participant/", "/guidance/register-ects-and-mentors/"]],
  ["how do I register my ECTs", "/guidance/register-ects-and-mentors/"],
  ["we already work with BPN", "/faq/already-with-bpn-re-register/"],
  ["our school has never had an ECT", "/faq/first-ect-next-steps/"],
  ["change mentor details", "/faq/change-participant-details/"],
  ["what happens after we register on the DfE service", "/faq/what-happens-after-dfe-registration/"],
  ["BPN support email", "/faq/bpn-faq-and-support/"],
  ["mentor handbook", "/faq/what-is-in-the-welcome-pack/"],
  ["DfE sign-in", "/guidance/register-ects-and-mentors/"],
  ["how do I log in to Canvas", "/faq/canvas-access/"],
  ["how do ECTs sign up for the induction conference", "/faq/how-to-register-for-induction-conference/"],
  ["timeline", "/guidance/timeline/"],
];

const status = (page: Page) => page.getByRole("status");
const results = (page: Page) => page.locator(".search-result");
const resultTitles = (page: Page) => page.locator(".search-result__title a");
/** The page a result's link opens, without the highlighting fragment. */
const pathOf = async (link: ReturnType<Page["locator"]>) =>
  new URL((await link.getAttribute("href"))!, "http://x").pathname;

async function searchFor(page: Page, query: string, section?: string) {
  await page.goto(`/search/?q=${encodeURIComponent(query)}${section ? `&section=${section}` : ""}`);
  await expect(status(page)).not.toBeEmpty();
}

test.describe("the first result", () => {
  for (const [query, expected] of firstResults) {
    test(`for “${query}” is ${[expected].flat().join(" or ")}`, async ({ page }) => {
      await searchFor(page, query);
      expect([expected].flat()).toContain(await pathOf(resultTitles(page).first()));
    });
  }
});

test("each FAQ question is a result of its own, titled with the question and linking to its page", async ({ page }) => {
  await searchFor(page, "re-register");
  const titles = await resultTitles(page).allTextContents();
  expect(titles).toContain("Do ECTs and mentors moving into their second year need to be registered again?");
  expect(titles).toContain("We already work with Best Practice Network. Do we need to register with BPN again?");
  const link = resultTitles(page).filter({ hasText: "second year" });
  expect(await pathOf(link)).toBe("/faq/do-second-year-ects-re-register/");
  await expect(page.locator("h2 a[href^='/faq/#'], h2 a[href='/faq/']")).toHaveCount(0);
});

test("a guidance page's matching headings are listed under its result, linking to their anchors", async ({ page }) => {
  await searchFor(page, "Canvas");
  const guide = results(page).filter({ hasText: "ECF Schools Dashboard and Canvas" });
  const heading = guide.locator(".search-result__headings a", { hasText: "Canvas access for induction tutors" });
  await expect(heading).toHaveAttribute(
    "href",
    /^\/guidance\/ecf-schools-dashboard\/#canvas-access-for-induction-tutors/,
  );
});

test("excerpts mark the words searched for", async ({ page }) => {
  await searchFor(page, "welcome pack");
  const marks = await results(page).first().locator(".search-result__excerpt mark").allTextContents();
  expect(marks.map((mark) => mark.toLowerCase().replace(/\W/g, ""))).toEqual(
    expect.arrayContaining(["welcome", "pack"]),
  );
});

test("a result's link highlights the words searched for on the page it opens, with no script on that page", async ({
  page,
}) => {
  await searchFor(page, "induction conference");
  const link = resultTitles(page).first();
  await expect(link).toHaveAttribute("href", /#:~:text=.*Induction(%20|-,)Conference/);
  const scripts: string[] = [];
  page.on("request", (request) => request.resourceType() === "script" && scripts.push(request.url()));
  await link.click();
  await expect(page).toHaveURL(/\/faq\/how-to-register-for-induction-conference\/$/);
  const highlighted = {
    title: await page.locator("main h1").screenshot(),
    header: await page.locator("header").screenshot(),
  };
  await page.goto("/faq/how-to-register-for-induction-conference/");
  const plain = {
    title: await page.locator("main h1").screenshot(),
    header: await page.locator("header").screenshot(),
  };
  // The browser draws the highlight in the question, where the words are, and not on "ECF induction" in the header.
  expect(highlighted.title.equals(plain.title)).toBe(false);
  expect(highlighted.header.equals(plain.header)).toBe(true);
  expect(scripts).toEqual([]);
});

test.describe("the section filter", () => {
  test("shows how many results each section has", async ({ page }) => {
    await searchFor(page, "dashboard");
    const filter = page.getByRole("group", { name: "Show results from" });
    for (const name of ["All sections (5)", "Guidance (2)", "FAQ (2)", "Resources (1)"])
      await expect(filter.getByRole("radio", { name })).toBeVisible();
    await expect(filter.getByRole("radio", { name: "All sections (5)" })).toBeChecked();
    await expect(results(page)).toHaveCount(5);
  });

  test("narrows the results to the chosen section, says so, and keeps it in the address", async ({ page }) => {
    await searchFor(page, "dashboard");
    await page.getByRole("radio", { name: /^FAQ/ }).check();
    await expect(status(page)).toHaveText("2 results for “dashboard” in FAQ");
    await expect(results(page)).toHaveCount(2);
    await expect(page.locator(".search-result__section")).toHaveText(["FAQ", "FAQ"]);
    await expect(page).toHaveURL(/[?&]section=FAQ/);
  });

  test("is applied from the address on arrival", async ({ page }) => {
    await searchFor(page, "dashboard", "Resources");
    await expect(page.getByRole("radio", { name: /^Resources/ })).toBeChecked();
    expect(await pathOf(resultTitles(page).first())).toBe("/resources/");
    await expect(results(page)).toHaveCount(1);
  });

  test("says when the chosen section has nothing and how many all sections have", async ({ page }) => {
    await searchFor(page, "TRN", "FAQ");
    await expect(status(page)).toHaveText("No results for “TRN” in FAQ. All sections has 3 results.");
    await expect(results(page)).toHaveCount(0);
  });
});

test("the result count is announced in a polite live region that holds only the count", async ({ page }) => {
  await searchFor(page, "welcome pack");
  const region = status(page);
  await expect(region).toHaveText("9 results for “welcome pack”");
  await expect(region.locator("a, li")).toHaveCount(0);
  // A new search from the page's own field updates the region in place.
  await page.getByLabel("Search the guidance, FAQ and resources").fill("Denise Mair");
  await page.getByLabel("Search the guidance, FAQ and resources").press("Enter");
  await expect(region).toHaveText("4 results for “Denise Mair”");
  await expect(page).toHaveURL(/\?q=Denise\+Mair$/);
});

test("a search with no results says “No results for …” and suggests what to do", async ({ page }) => {
  await searchFor(page, "xylophone");
  await expect(status(page)).toHaveText("No results for “xylophone”");
  const help = page.locator("#search-help");
  await expect(help).toContainText("check the spelling");
  await expect(help.getByRole("link", { name: "frequently asked questions" })).toHaveAttribute("href", "/faq/");
  await expect(help.getByRole("link", { name: "guidance for schools" })).toHaveAttribute("href", "/guidance/");
  await expect(page.getByRole("group", { name: "Show results from" })).toBeHidden();
});

test("more results load ten at a time, and focus moves to the first new one", async ({ page }) => {
  await searchFor(page, "ECTs");
  await expect(results(page)).toHaveCount(10);
  await page.getByRole("button", { name: "Show more results" }).click();
  await expect(results(page)).toHaveCount(20);
  await expect(resultTitles(page).nth(10)).toBeFocused();
});

test("the header's search field takes the query to the search page, which runs it", async ({ page }) => {
  await page.goto("/guidance/");
  await page.getByLabel("Search this site").fill("welcome pack");
  await page.getByLabel("Search this site").press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=welcome\+pack$/);
  await expect(page.getByLabel("Search the guidance, FAQ and resources")).toHaveValue("welcome pack");
  expect(await pathOf(resultTitles(page).first())).toBe("/faq/what-is-in-the-welcome-pack/");
  await expect(page).toHaveTitle(/^welcome pack - Search/);
});

test("Back returns to the previous search", async ({ page }) => {
  await searchFor(page, "dashboard");
  const field = page.getByLabel("Search the guidance, FAQ and resources");
  await field.fill("brochure");
  await field.press("Enter");
  await expect(status(page)).toHaveText("2 results for “brochure”");
  await page.goBack();
  await expect(status(page)).toHaveText("5 results for “dashboard”");
  await expect(field).toHaveValue("dashboard");
});

test("search works from the keyboard alone, with the focus always visible", async ({ page }) => {
  await page.goto("/search/");
  const field = page.getByLabel("Search the guidance, FAQ and resources");
  await field.focus();
  await page.keyboard.type("welcome pack");
  await page.keyboard.press("Enter");
  await expect(status(page)).toHaveText("9 results for “welcome pack”");
  const focusStops = ["Search", "All sections (9)", "What is in the welcome pack?"];
  for (const name of focusStops) {
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    await expect(focused).toHaveAccessibleName(name);
    const style = await focused.evaluate((element) => {
      const { outlineStyle, backgroundColor } = getComputedStyle(element);
      return { outlineStyle, backgroundColor };
    });
    expect(style.outlineStyle !== "none" || style.backgroundColor === "rgb(255, 204, 51)", `focus on ${name}`).toBe(
      true,
    );
  }
  // The arrow keys move between sections, as in any radio group.
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: /^Guidance/ })).toBeChecked();
  await expect(status(page)).toHaveText("7 results for “welcome pack” in Guidance");
});

test("a single key pressed outside the field does nothing (no shortcuts)", async ({ page }) => {
  await searchFor(page, "dashboard");
  await page.locator("h1").click();
  const focused = () => page.evaluate(() => document.activeElement?.id);
  const before = await focused();
  for (const key of ["/", "s", "f", "?"]) await page.keyboard.press(key);
  expect(await focused()).toBe(before);
  await expect(page.getByLabel("Search the guidance, FAQ and resources")).toHaveValue("dashboard");
  await expect(page).toHaveURL(/\?q=dashboard$/);
});

test("Pagefind is loaded on the search page only when it opens", async ({ page }) => {
  const pagefind = page.waitForRequest(/\/pagefind\/pagefind\.js$/);
  await page.goto("/search/");
  await pagefind;
});

test("if Pagefind cannot load, the results the function wrote stay, and the form goes to the function", async ({
  page,
}) => {
  await page.route(/\/pagefind\/pagefind\.js$/, (route) => route.abort());
  await page.goto("/search/?q=dashboard");
  await expect(status(page)).toHaveText("5 results for “dashboard”");
  await expect(results(page)).toHaveCount(5);
  // No "needs JavaScript" notice: the search works all the same.
  await expect(page.getByRole("main")).not.toContainText("JavaScript");
  const field = page.getByLabel("Search the guidance, FAQ and resources");
  await field.fill("brochure");
  const answer = page.waitForResponse((response) => response.url().includes("/search/?q=brochure"));
  await field.press("Enter");
  expect((await answer).status()).toBe(200);
  await expect(status(page)).toHaveText("2 results for “brochure”");
  // The filter's own button applies it, as without JavaScript.
  await page.getByRole("radio", { name: /^Resources/ }).check();
  await page.getByRole("button", { name: "Show results" }).click();
  await expect(page).toHaveURL(/[?&]section=Resources/);
  await expect(status(page)).toHaveText("1 result for “brochure” in Resources");
});

test.describe("with results written by the search function", () => {
  test("the page's script takes them over without drawing them again", async ({ page }) => {
    // From the moment the page is parsed, note the first result and any change to the results or the status line.
    await page.addInitScript(() => {
      const watched = window as unknown as { firstResult?: Element | null; changes: string[] };
      watched.changes = [];
      document.addEventListener("readystatechange", () => {
        if (document.readyState !== "interactive") return;
        watched.firstResult = document.querySelector(".search-result");
        const observer = new MutationObserver((records) =>
          watched.changes.push(...records.map((record) => `${record.type} in #${(record.target as Element).id}`)),
        );
        for (const id of ["search-results", "search-status"])
          observer.observe(document.getElementById(id)!, { childList: true, subtree: true, characterData: true });
      });
    });
    await page.goto("/search/?q=ECTs");
    await page.waitForFunction(() => performance.getEntriesByName("search:adopted").length > 0);
    const { same, changes } = await page.evaluate(() => {
      const watched = window as unknown as { firstResult?: Element | null; changes: string[] };
      return { same: watched.firstResult === document.querySelector(".search-result"), changes: watched.changes };
    });
    expect(same).toBe(true);
    expect(changes).toEqual([]);
    await expect(results(page)).toHaveCount(10);
    // "Show more results" is a link in the page; the script makes it a button that adds results in place.
    await expect(page.getByRole("link", { name: "Show more results" })).toHaveCount(0);
    await page.getByRole("button", { name: "Show more results" }).click();
    await expect(results(page)).toHaveCount(20);
    await expect(resultTitles(page).nth(10)).toBeFocused();
    await expect(page).toHaveURL(/\?q=ECTs&shown=20$/);
  });

  test("a page with more shown is taken over with all of them, and shows the rest", async ({ page }) => {
    await page.goto("/search/?q=ECTs&shown=20");
    await page.waitForFunction(() => performance.getEntriesByName("search:adopted").length > 0);
    await expect(results(page)).toHaveCount(20);
    const total = Number(/^(\d+) results/.exec((await status(page).textContent()) ?? "")?.[1]);
    await page.getByRole("button", { name: "Show more results" }).click();
    await expect(results(page)).toHaveCount(Math.min(total, 30));
  });
});

test("the page searches as the query is typed, and announces only the count", async ({ page }) => {
  await page.goto("/search/");
  const field = page.getByLabel("Search the guidance, FAQ and resources");
  await field.pressSequentially("welcome pack");
  // No Enter: the search runs when typing pauses, and the address follows it.
  await expect(status(page)).toHaveText("9 results for “welcome pack”");
  await expect(page).toHaveURL(/\/search\/\?q=welcome\+pack$/);
  expect(await pathOf(resultTitles(page).first())).toBe("/faq/what-is-in-the-welcome-pack/");
  await expect(status(page).locator("a, li")).toHaveCount(0);
  await expect(field).toBeFocused();
  await expect(page).toHaveTitle(/^welcome pack - Search/);

  // Typing over it replaces its own entry in the history: Back returns to the empty page, not to "welcome pac".
  await field.fill("brochure");
  await expect(status(page)).toHaveText("2 results for “brochure”");
  await expect(page).toHaveURL(/\?q=brochure$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(field).toHaveValue("");
  await expect(results(page)).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header's search box shows the results, and the first one opens the Canvas FAQ", async ({ page }) => {
    await page.goto("/guidance/");
    await page.getByLabel("Search this site").fill("Canvas");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/\/search\/\?q=Canvas$/);
    await expect(page).toHaveTitle(/^Canvas - Search/);
    await expect(status(page)).toHaveText("4 results for “Canvas”");
    await expect(page.getByLabel("Search the guidance, FAQ and resources")).toHaveValue("Canvas");
    await expect(results(page).first().locator("mark").first()).toHaveText("Canvas");
    await resultTitles(page).first().click();
    await expect(page).toHaveURL(/\/faq\/canvas-access\/(#.*)?$/);
    await expect(page.locator("main h1")).toHaveText("Can induction tutors see ECT and mentor learning in Canvas?");
  });

  test("the section filter is a form of its own: choose a section, then its button", async ({ page }) => {
    await searchFor(page, "dashboard");
    const filter = page.getByRole("group", { name: "Show results from" });
    await expect(filter.getByRole("radio", { name: "All sections (5)" })).toBeChecked();
    await filter.getByRole("radio", { name: "FAQ (2)" }).check();
    await filter.getByRole("button", { name: "Show results" }).click();
    await expect(page).toHaveURL(/\?q=dashboard&section=FAQ$/);
    await expect(status(page)).toHaveText("2 results for “dashboard” in FAQ");
    await expect(page.locator(".search-result__section")).toHaveText(["FAQ", "FAQ"]);
    await expect(page.getByRole("radio", { name: "FAQ (2)" })).toBeChecked();
  });

  test("“Show more results” is a link to ten more, landing on the first new one for the keyboard", async ({ page }) => {
    await searchFor(page, "ECTs");
    await expect(results(page)).toHaveCount(10);
    await page.getByRole("link", { name: "Show more results" }).click();
    await expect(page).toHaveURL(/\?q=ECTs&shown=20#result-11$/);
    await expect(results(page)).toHaveCount(20);
    await expect(page.locator(".search-result:target")).toHaveAttribute("id", "result-11");
    // The next Tab goes on from the first new result.
    await page.keyboard.press("Tab");
    await expect(resultTitles(page).nth(10)).toBeFocused();
  });

  test("a search with no results says so, with the suggestions", async ({ page }) => {
    await searchFor(page, "xylophone");
    await expect(status(page)).toHaveText("No results for “xylophone”");
    await expect(page.locator("#search-help")).toContainText("check the spelling");
    await expect(page.getByRole("group", { name: "Show results from" })).toBeHidden();
  });
});
