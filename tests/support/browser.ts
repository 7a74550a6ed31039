import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/**
 * The Chromium to test with: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium, else Playwright's own
 * download. Fails with a way out when none is there, rather than with Playwright's long error.
 */
export function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"];
  const found = candidates.find((path) => path && existsSync(path));
  if (found) return found;
  if (existsSync(chromium.executablePath())) return undefined; // Playwright finds its own.
  throw new Error(
    "No Chromium found for the browser tests. Install one (Debian: `apt-get install -y chromium`; " +
      "elsewhere: `npx playwright install chromium`) or set CHROMIUM_PATH to a Chromium binary.",
  );
}
