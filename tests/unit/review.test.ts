import { describe, expect, it } from "vitest";
import { formatDate, isoDate, isReviewOverdue } from "../../src/lib/review";

describe("review dates", () => {
  const today = new Date("2026-11-28");

  it.each([
    ["reviewed today", "2026-11-28", false],
    ["reviewed exactly a year ago", "2025-11-28", false],
    ["reviewed a year and a day ago", "2025-11-27", true],
    ["reviewed in 2022", "2022-09-01", true],
  ])("treats a page %s as overdue: %s", (_, reviewed, overdue) => {
    expect(isReviewOverdue(new Date(reviewed), today)).toBe(overdue);
  });

  it("writes dates as people in England do", () => {
    expect(formatDate(new Date("2026-06-05"))).toBe("5 June 2026");
    expect(isoDate(new Date("2026-06-05"))).toBe("2026-06-05");
  });
});
