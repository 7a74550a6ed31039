/** Reads a form submission's body within a size limit, as JSON or as an urlencoded HTML form. */

/** Why a body could not be read: the status to answer and a message a person can act on. */
export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

/** The body's answers as strings by name, and whether it came as JSON (from the enhanced form or a script). */
export interface ParsedBody {
  fields: Record<string, string>;
  isJson: boolean;
}

/** The largest body accepted: far more than any form needs, far less than a flood. */
export const MAX_BODY_BYTES = 32 * 1024;

/** True when the request asks for JSON, or sends it. */
export const wantsJson = (req: Request) =>
  /json/.test(req.headers.get("content-type") ?? "") || /json/.test(req.headers.get("accept") ?? "");

/** Reads and parses the body; throws {@link BodyError} for an unsupported type, an oversize or a malformed body. */
export async function readSubmission(req: Request): Promise<ParsedBody> {
  const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const isJson = type === "application/json";
  if (!isJson && type !== "application/x-www-form-urlencoded") {
    throw new BodyError(415, "Send the form as application/json or application/x-www-form-urlencoded.");
  }
  const text = await readText(req, MAX_BODY_BYTES);
  return { fields: isJson ? parseJsonFields(text) : parseFormFields(text), isJson };
}

/** Reads the body as text, stopping as soon as it passes `limit` bytes (a missing Content-Length is no way round it). */
async function readText(req: Request, limit: number): Promise<string> {
  const tooLarge = () => new BodyError(413, `The form is too large: it must be under ${limit / 1024} KB.`);
  if (Number(req.headers.get("content-length") ?? 0) > limit) throw tooLarge();
  if (!req.body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of req.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > limit) throw tooLarge();
    chunks.push(chunk);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new BodyError(400, "The form could not be read: it is not valid UTF-8 text.");
  }
}

/** Plain own string properties only: nested objects, arrays and prototype keys are dropped, never merged. */
function toFields(entries: Iterable<[string, unknown]>): Record<string, string> {
  const fields: Record<string, string> = Object.create(null);
  for (const [key, value] of entries) {
    if (key === "__proto__" || key === "constructor" || key === "prototype") continue;
    if (typeof value === "string") fields[key] = value;
    else if (typeof value === "number" || typeof value === "boolean") fields[key] = String(value);
  }
  return fields;
}

function parseJsonFields(text: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BodyError(400, "The form could not be read: the JSON is malformed.");
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new BodyError(400, "The form could not be read: send a JSON object of answers.");
  }
  return toFields(Object.entries(parsed));
}

function parseFormFields(text: string): Record<string, string> {
  try {
    return toFields(new URLSearchParams(text).entries());
  } catch {
    throw new BodyError(400, "The form could not be read.");
  }
}
