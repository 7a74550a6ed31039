/** Reads a form submission's body within a size limit, as JSON or as an urlencoded HTML form. */
import { fillIn } from "../../src/lib/fill-in.ts";
import { formWords } from "../../src/lib/form-words.ts";

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
    throw new BodyError(415, formWords.wrongType);
  }
  const text = await readText(req, MAX_BODY_BYTES);
  return { fields: isJson ? parseJsonFields(text) : parseFormFields(text), isJson };
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Reads the body as text within `limit` bytes. With a Content-Length (every browser form, and every request
 * on Netlify, whose runtime holds the whole body already) it is read in one go; without one it is read in
 * chunks and refused as soon as it passes the limit, so leaving the length out is no way round it.
 */
async function readText(req: Request, limit: number): Promise<string> {
  const tooLarge = () => new BodyError(413, fillIn(formWords.tooLarge, { limit: limit / 1024 }));
  const declared = req.headers.get("content-length");
  if (Number(declared ?? 0) > limit) throw tooLarge();
  if (!req.body) return "";
  let bytes: Uint8Array;
  if (declared !== null) {
    bytes = new Uint8Array(await req.arrayBuffer());
    if (bytes.byteLength > limit) throw tooLarge();
  } else {
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of req.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > limit) throw tooLarge();
      chunks.push(chunk);
    }
    bytes = Buffer.concat(chunks);
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw new BodyError(400, formWords.notUtf8);
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
    throw new BodyError(400, formWords.malformedJson);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new BodyError(400, formWords.notAnObject);
  }
  return toFields(Object.entries(parsed));
}

function parseFormFields(text: string): Record<string, string> {
  try {
    return toFields(new URLSearchParams(text).entries());
  } catch {
    throw new BodyError(400, formWords.unreadable);
  }
}
