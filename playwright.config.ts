import { defineConfig } from "@playwright/test";
import { chromiumExecutable } from "./tests/support/browser";
import { staffAddresses } from "./tests/support/staff-addresses";

const port = Number(process.env.TEST_PORT ?? 4390);

export default defineConfig({
  testDir: "tests",
  testMatch: ["e2e/**/*.spec.ts", "a11y/**/*.spec.ts"],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Function requests go through the test server one at a time, and @netlify/dev builds the function for each:
  // a confirmation page can wait several seconds behind the other worker's requests on 2 cores.
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    command: "node tests/support/serve.ts",
    url: `http://127.0.0.1:${port}/`,
    // Emails go to a folder the journeys read; no SMTP server is configured for the browser tests.
    // The staff tests sign in as addresses of their own (tests/support/staff-addresses.ts).
    env: {
      PORT: String(port),
      OUTBOX_DIR: "test-results/outbox",
      SMTP_URL: "",
      ALLIANCE_INBOX: "ecf@btsa.example",
      STAFF_EMAILS: staffAddresses().join(","),
    },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
