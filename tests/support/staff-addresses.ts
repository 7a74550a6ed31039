/**
 * Who the browser tests sign in to the staff area as. Sign-in is limited (functions/lib/staff/access.ts): five
 * links an hour for an address, counted in the test server's Blobs store, which outlives a run
 * (.netlify/blobs-serve). So that repeated and parallel runs never meet the limit, nor read each other's links:
 * - each run signs in as addresses of its own: the run's stamp is set where the config loads, in the runner,
 *   and the workers inherit it through the environment;
 * - each test has its own address in each worker slot (tests that run at once are in different slots), so a
 *   test repeated three times asks for three links at most.
 * No Playwright here: playwright.config.ts imports it for STAFF_EMAILS.
 */

/** The tests that sign in, each as addresses of its own. */
export const STAFF_SIGN_INS = ["journey-with-script", "journey-without-script", "accessibility"] as const;

export type StaffSignIn = (typeof STAFF_SIGN_INS)[number];

/** Worker slots given an address: more than any `--workers` used here. */
export const STAFF_SLOTS = 8;

const run = (process.env.STAFF_TEST_RUN ??= Date.now().toString(36));

/** A test's address in a worker slot. */
export const staffAddressOf = (name: StaffSignIn, slot: number) => `${name}-${slot}-${run}@btsa.example`;

/** Every staff address of this run, for STAFF_EMAILS. */
export const staffAddresses = () =>
  STAFF_SIGN_INS.flatMap((name) => [...Array(STAFF_SLOTS).keys()].map((slot) => staffAddressOf(name, slot)));
