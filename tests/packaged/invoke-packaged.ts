/**
 * Runs one packaged Netlify Function the way Lambda runs it: started in its own unzipped folder (the task
 * root, and the working directory), through the entry point and bootstrap Netlify put in the zip, with
 * lambda-local standing in for Lambda's response streaming, as Netlify's own local runtime does.
 *
 * Usage: node invoke-packaged.ts <unzipped folder> <answers.json>, with a JSON array of requests on stdin
 * ([{ url, method, headers, body }]). Writes a JSON array of responses ({ status, headers, body }) to the
 * answers file: stdout is the function's own log.
 * The Blobs store is given in each event, as Netlify gives it to a deployed function.
 */
import { writeFileSync } from "node:fs";
import { text } from "node:stream/consumers";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import lambdaLocal from "lambda-local";

/** A request to make, as plain data that crosses a process boundary. */
export interface PackagedRequest {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** What the function answered. */
export interface PackagedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

interface LambdaResult {
  statusCode: number;
  multiValueHeaders?: Record<string, string[]>;
  headers?: Record<string, string>;
  body?: NodeJS.ReadableStream | string;
}

/** The Blobs server's address and token, passed in the environment by the test. */
const blobs = JSON.parse(process.env.PACKAGED_BLOBS ?? "null") as { url: string; token: string; siteID: string } | null;

/** The event Lambda passes to a Netlify function, built as @netlify/functions-dev builds it. */
function lambdaEvent({ url, method = "GET", headers = {}, body }: PackagedRequest) {
  const parsed = new URL(url);
  const lowerHeaders = Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));
  return {
    rawUrl: parsed.href,
    rawQuery: parsed.search,
    path: parsed.pathname,
    httpMethod: method,
    headers: blobs
      ? { ...lowerHeaders, "x-nf-site-id": blobs.siteID, "x-nf-deploy-id": "packaged-test" }
      : lowerHeaders,
    multiValueHeaders: Object.fromEntries(Object.entries(lowerHeaders).map(([key, value]) => [key, [value]])),
    queryStringParameters: Object.fromEntries(parsed.searchParams),
    body: body ?? null,
    // Text bodies (JSON, urlencoded forms) arrive as they are; Netlify base64-encodes only binary ones.
    isBase64Encoded: false,
    blobs: blobs
      ? Buffer.from(
          JSON.stringify({ url: blobs.url, url_uncached: blobs.url, token: blobs.token, primary_region: "us-east-1" }),
        ).toString("base64")
      : undefined,
  };
}

const [folder, answersFile] = process.argv.slice(2);
if (!folder || !answersFile)
  throw new Error("Usage: node invoke-packaged.ts <unzipped folder> <answers.json> < requests.json");
lambdaLocal.getLogger().level = "error";

const requests = JSON.parse(await text(process.stdin)) as PackagedRequest[];
const entry = (await import(pathToFileURL(join(folder, "___netlify-entry-point.mjs")).href)) as object;
const responses: PackagedResponse[] = [];
for (const request of requests) {
  let result: LambdaResult;
  // The response streams back before the invocation ends: work handed to waitUntil runs until then.
  let ended!: () => void;
  const invocationEnded = new Promise<void>((resolve) => (ended = resolve));
  try {
    result = (await lambdaLocal.execute({
      lambdaFunc: entry,
      lambdaHandler: "handler",
      event: lambdaEvent(request),
      timeoutMs: 20_000,
      verboseLevel: 0,
      onInvocationEnd: () => ended(),
    })) as LambdaResult;
  } catch (error) {
    // What Netlify answers when a function throws.
    responses.push({ status: 500, headers: {}, body: JSON.stringify(error) });
    continue;
  }
  const headers: Record<string, string> = { ...result.headers };
  for (const [name, values] of Object.entries(result.multiValueHeaders ?? {})) headers[name] = values.join(", ");
  const body = typeof result.body === "string" || !result.body ? (result.body ?? "") : await text(result.body);
  await invocationEnded;
  responses.push({ status: result.statusCode, headers, body });
}
writeFileSync(answersFile, JSON.stringify(responses));
// A pooled SMTP connection or a pending timer must not keep a finished run alive.
process.exit(0);
