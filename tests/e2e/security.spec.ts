import { expect, test } from "@playwright/test";
import { SECURITY_HEADERS } from "../../functions/lib/security-headers";
import { validSchoolRegistration } from "../fixtures/school-registration";
import { openFormWithScript } from "../support/forms";

test("static pages and function responses carry the security headers", async ({ request }) => {
  const responses = [
    await request.get("/guidance/"),
    await request.get("/register/school/confirmation/?reference=BTSA-2026-ABCDEF"),
    await request.post("/api/school-registrations", { form: { ...validSchoolRegistration(), urn: "" } }),
  ];
  for (const response of responses) {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(response.headers()[name.toLowerCase()], `${name} on ${response.url()}`).toBe(value);
    }
  }
});

test("every page limits scripts to its own hashed ones with a Content-Security-Policy", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute(
    "content",
    /script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*;/,
  );
});

test("the form works under the Content-Security-Policy, with nothing refused", async ({ page }) => {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  await openFormWithScript(page, "/register/school/");
  await page.getByRole("button", { name: "Register the school" }).click();
  await expect(page.locator(".error-summary")).toBeFocused(); // the island ran
  expect(refused).toEqual([]);
});
