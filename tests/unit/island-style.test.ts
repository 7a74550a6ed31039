import { describe, expect, it } from "vitest";
import { ISLAND_STYLE, moveIslandStyleToHead } from "../../src/lib/island-style";

const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe("Astro's island style", () => {
  it.each([
    {
      case: "moves the style before the first island to the end of the head",
      html: page("<title>Form</title>", `<p>Intro</p>${ISLAND_STYLE}<script>1</script><astro-island></astro-island>`),
      expected: page(
        `<title>Form</title>${ISLAND_STYLE}`,
        "<p>Intro</p><script>1</script><astro-island></astro-island>",
      ),
    },
    {
      case: "leaves a page without islands as it is",
      html: page("<title>Guidance</title>", "<p>Text</p>"),
      expected: page("<title>Guidance</title>", "<p>Text</p>"),
    },
    {
      case: "leaves a style already in the head where it is",
      html: page(`<title>Form</title>${ISLAND_STYLE}`, "<astro-island></astro-island>"),
      expected: page(`<title>Form</title>${ISLAND_STYLE}`, "<astro-island></astro-island>"),
    },
  ])("$case", ({ html, expected }) => {
    expect(moveIslandStyleToHead(html)).toBe(expected);
  });

  it("keeps the page's length, so a Content-Length stays true", () => {
    const html = page("<title>Form</title>", `${ISLAND_STYLE}<astro-island></astro-island>`);
    expect(moveIslandStyleToHead(html)).toHaveLength(html.length);
  });
});
