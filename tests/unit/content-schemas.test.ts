import { describe, expect, it } from "vitest";
import links from "../../content/links.json" with { type: "json" };
import { linkSchema } from "../../src/schemas/links";
import { guidanceSchema, pageSchema, timelineStepSchema } from "../../src/schemas/pages";

const validPage = {
  title: "Things to note",
  description: "What schools need to know before registering.",
  reviewed: "2026-11-28",
};

describe("page frontmatter", () => {
  it("turns the reviewed date into a Date", () => {
    expect(pageSchema.parse(validPage).reviewed).toEqual(new Date("2026-11-28"));
  });

  it.each([
    ["a missing title", { ...validPage, title: undefined }, "title"],
    ["a description too short to describe", { ...validPage, description: "Hi" }, "description"],
    ["a description over 200 characters", { ...validPage, description: "x".repeat(201) }, "description"],
    ["a reviewed date that is not a date", { ...validPage, reviewed: "last spring" }, "reviewed"],
    ["an unknown field", { ...validPage, reviwed: "2026-01-01" }, ""],
    [
      "a task link to another site",
      { ...validPage, tasks: [{ title: "T", href: "https://x.test", description: "d" }] },
      "tasks",
    ],
  ])("rejects %s", (_, input, field) => {
    const result = pageSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path.join(".")).toContain(field);
  });

  it("requires guidance pages to have an order", () => {
    expect(guidanceSchema.safeParse(validPage).success).toBe(false);
    expect(guidanceSchema.safeParse({ ...validPage, order: 1 }).success).toBe(true);
  });
});

describe("links", () => {
  it("accepts every link in content/links.json", () => {
    for (const [key, link] of Object.entries(links)) expect(linkSchema.safeParse(link).success, key).toBe(true);
  });

  it.each([
    ["an http address", "http://www.gov.uk/x"],
    ["a relative address", "/guidance/"],
    ["a javascript: address", "javascript:alert(1)"],
  ])("rejects %s", (_, url) => {
    expect(linkSchema.safeParse({ title: "T", url, owner: "DfE", description: "d" }).success).toBe(false);
  });

  it("accepts null for an address not yet confirmed", () => {
    expect(linkSchema.parse({ title: "T", url: null, owner: "BPN", description: "d" }).url).toBeNull();
  });

  it.each(["", "  "])("reads an address cleared in the content editor (%j) as not yet confirmed: null", (url) => {
    expect(linkSchema.parse({ title: "T", url, owner: "BPN", description: "d" }).url).toBeNull();
  });

  it("still rejects an address that is not empty but not https, with its message", () => {
    const result = linkSchema.safeParse({ title: "T", url: " http://x.test/ ", owner: "BPN", description: "d" });
    expect(result.error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`)).toEqual([
      expect.stringMatching(/^url: Invalid URL/),
    ]);
  });
});

describe("timeline steps", () => {
  it("needs who, what and when", () => {
    const step = { id: "a-step", step: 1, who: "Induction tutor", what: "Registers", when: "Now" };
    expect(timelineStepSchema.safeParse(step).success).toBe(true);
    for (const field of ["who", "what", "when"]) {
      expect(timelineStepSchema.safeParse({ ...step, [field]: "" }).success, field).toBe(false);
    }
  });
});
