import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { handOverEmails, MAX_HAND_OVER, type PendingSubmission } from "../../functions/lib/email-hand-over";
import { closedPort, serveFunction } from "../support/local-services";

/** A stand-in background function that keeps the body of every call and answers 202, as Netlify does. */
const calls: { submissions: PendingSubmission[] }[] = [];
let worker: Awaited<ReturnType<typeof serveFunction>>;
beforeAll(async () => {
  worker = await serveFunction(async (req) => {
    calls.push(await req.json());
    return new Response(null, { status: 202 });
  });
  process.env.EMAIL_WORKER_URL = worker.url;
});
afterAll(async () => {
  delete process.env.EMAIL_WORKER_URL;
  await worker.stop();
});
beforeEach(() => {
  calls.length = 0;
});

const submission = (index: number): PendingSubmission => ({
  form: "enquiry",
  key: index.toString(16).padStart(32, "0"),
});
const FORM_URL = "http://127.0.0.1/api/enquiries";

describe("handing emails over to the background function", () => {
  it("sends one submission in a call of its own", async () => {
    await handOverEmails(submission(1), FORM_URL);
    expect(calls).toEqual([{ submissions: [submission(1)] }]);
  });

  it("puts the hand-overs of one turn of the event loop in one call, and later ones in the next", async () => {
    await Promise.all([1, 2, 3].map((index) => handOverEmails(submission(index), FORM_URL)));
    await handOverEmails(submission(4), FORM_URL);
    expect(calls).toEqual([{ submissions: [1, 2, 3].map(submission) }, { submissions: [submission(4)] }]);
  });

  it(`carries at most ${MAX_HAND_OVER} submissions a call`, async () => {
    const many = Array.from({ length: MAX_HAND_OVER + 1 }, (_, index) => submission(index));
    await Promise.all(many.map((item) => handOverEmails(item, FORM_URL)));
    expect(calls.map((call) => call.submissions.length).sort((a, b) => b - a)).toEqual([MAX_HAND_OVER, 1]);
    expect(calls.flatMap((call) => call.submissions)).toHaveLength(many.length);
  });

  it("resolves, logging the keys left pending for the retry, when the background function cannot be reached", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    process.env.EMAIL_WORKER_URL = `http://127.0.0.1:${await closedPort()}/`;
    try {
      await expect(handOverEmails(submission(7), FORM_URL)).resolves.toBeUndefined();
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining(`left pending for the retry (enquiry/${submission(7).key})`),
      );
    } finally {
      process.env.EMAIL_WORKER_URL = worker.url;
      error.mockRestore();
    }
  });

  it("says so when the background function refuses the call", async () => {
    const refusing = await serveFunction(async () => new Response("no", { status: 400 }));
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    process.env.EMAIL_WORKER_URL = refusing.url;
    try {
      await handOverEmails(submission(8), FORM_URL);
      expect(error).toHaveBeenCalledWith(expect.stringContaining("the email worker answered 400"));
    } finally {
      process.env.EMAIL_WORKER_URL = worker.url;
      error.mockRestore();
      await refusing.stop();
    }
  });
});
