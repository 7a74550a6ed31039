import { describe, expect, it } from "vitest";
import { highlightedUrl, parseExcerpt, textFragment } from "../../src/components/search/excerpt";
import { queryWords } from "../../src/components/search/site-search";

const fragment = (excerpt: string) => textFragment(parseExcerpt(excerpt));

describe("excerpts from Pagefind", () => {
  it("splits into marked and unmarked text, decoding entities", () => {
    expect(parseExcerpt("Tom &amp; <mark>Jerry&#39;s</mark> pack")).toEqual([
      { text: "Tom & ", marked: false },
      { text: "Jerry's", marked: true },
      { text: " pack", marked: false },
    ]);
  });

  it("marks only the word of a marked token, not its punctuation", () => {
    expect(parseExcerpt("the VLE <mark>(Canvas),</mark> which")).toEqual([
      { text: "the VLE (", marked: false },
      { text: "Canvas", marked: true },
      { text: "), which", marked: false },
    ]);
  });

  it("keeps only the text of any markup other than <mark>", () => {
    expect(parseExcerpt('a <img src=x onerror="alert(1)"><b>b</b>')).toEqual([{ text: "a b", marked: false }]);
  });
});

describe("text fragments that carry the highlighting to the page", () => {
  it.each([
    [
      "a marked word, with the word before it as context",
      "for their <mark>Induction</mark> Conference",
      "their-,Induction",
    ],
    [
      "adjacent marked words, as one phrase",
      "are <mark>changing</mark> <mark>lead</mark> <mark>provider</mark> to",
      "are-,changing%20lead%20provider",
    ],
    [
      "the word after as context when nothing comes before",
      "<mark>Which</mark> <mark>delivery</mark> partner",
      "Which%20delivery,-partner",
    ],
    ["no context across punctuation Pagefind may have added", "ECMs. <mark>Canvas.</mark> The", "Canvas"],
    ["quotes left out of the phrase", 'DfE <mark>"Check</mark> <mark>data"</mark> for', "Check%20data"],
    ["hyphens and commas escaped", "to <mark>re-register,</mark> so", "to-,re%2Dregister"],
  ])("highlights %s", (_, excerpt, directive) => {
    expect(fragment(excerpt)).toBe(`:~:text=${directive}`);
  });

  it("highlights at most three phrases, each once, in order", () => {
    const excerpt = "<mark>a1</mark>, <mark>b2</mark>, <mark>a1</mark>, <mark>c3</mark>, <mark>d4</mark>";
    expect(fragment(excerpt)).toBe(":~:text=a1&text=b2&text=c3");
  });

  it("splits a phrase where a marked word ends in punctuation (the end of a block)", () => {
    expect(fragment("in <mark>Canvas?</mark> <mark>Yes.</mark> All")).toBe(":~:text=in-,Canvas&text=Yes");
  });

  it("adds the fragment to a page's URL, or after a heading's anchor", () => {
    expect(highlightedUrl("/faq/x/", "the <mark>pack</mark>")).toBe("/faq/x/#:~:text=the-,pack");
    expect(highlightedUrl("/guide/#part", "the <mark>pack</mark>")).toBe("/guide/#part:~:text=the-,pack");
  });

  it("leaves the URL alone when nothing is marked", () => {
    expect(highlightedUrl("/faq/x/", "nothing marked")).toBe("/faq/x/");
  });
});

describe("the words of a query", () => {
  it.each([
    ["which delivery partner do I pick", ["which", "delivery", "partner", "do", "pick"]],
    ["Welcome  pack welcome", ["welcome", "pack"]],
    ["a b", []],
    ['"welcome pack"', ['"welcome pack"']],
  ])("of %j are %j", (query, words) => {
    expect(queryWords(query)).toEqual(words);
  });
});
