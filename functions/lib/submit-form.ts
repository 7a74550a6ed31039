import { hash } from "node:crypto";
import type { Context } from "@netlify/functions";
import type { AnyObjectSchema, InferType } from "yup";
import { ValidationError } from "yup";
import type { FormDefinition } from "../../src/lib/forms/definition.ts";
import { formWords } from "../../src/lib/form-words.ts";
import { settings } from "../../src/lib/settings.ts";
import { BodyError, readSubmission, wantsJson } from "./body.ts";
import { handOverEmails } from "./email-hand-over.ts";
import { renderFormWithErrors } from "./form-page.ts";
import { htmlPage, json, problem, seeOther } from "./http.ts";
import { referenceFor, submissionKey } from "./reference.ts";
import { freshRecord, saveOnce, type SubmissionRecord } from "./store.ts";

/** Quicker than a person can fill in any of our forms: a submission this fast is a bot's. */
export const MIN_FILL_MS = 3_000;

/**
 * Makes the Netlify Function for a form: guards (method, type, size, encoding), the shared schema, spam
 * checks, storage before anything else, then the hand-over of its emails to the background function. JSON gets JSON back; an HTML form post gets the page
 * back with its errors (422) or a 303 to the confirmation page.
 */
export function formSubmissionHandler<Schema extends AnyObjectSchema>(form: FormDefinition<Schema>) {
  return async (req: Request, context?: Partial<Pick<Context, "waitUntil">>): Promise<Response> => {
    const asJson = wantsJson(req);
    if (req.method !== "POST") {
      return json(405, { message: formWords.wrongMethod }, { Allow: "POST" });
    }

    let fields: Record<string, string>;
    let isJson: boolean;
    try {
      ({ fields, isJson } = await readSubmission(req));
    } catch (error) {
      if (error instanceof BodyError) return problem(error.status, error.message, { asJson, backTo: form.page });
      throw error;
    }

    let data: InferType<Schema>;
    try {
      // Every rule is synchronous, so validateSync gives validate's result without a promise per test.
      data = form.schema.validateSync({ ...fields }, { abortEarly: false, stripUnknown: true });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const errors = firstErrorPerField(error);
      if (isJson) return json(422, { errors });
      return htmlPage(422, await renderFormWithErrors(form, fields, errors));
    }

    const respond = (reference: string) =>
      isJson ? json(201, { reference }) : seeOther(`${form.confirmationPage}?${new URLSearchParams({ reference })}`);

    // Spam gets what a person would see, and nothing is stored or sent.
    if (looksLikeSpam(fields, isJson)) {
      return respond(referenceFor(submissionKey(form.id, crypto.randomUUID()), referencePrefix(), year()));
    }

    // Without JavaScript there is no submission id: the answers themselves identify a repeat.
    const key = submissionKey(form.id, cleanSubmissionId(fields.submissionId) ?? hashOf(data));
    const fresh = freshRecord(referenceFor(key, referencePrefix(), year()), form.id, data);
    let saved: { record: SubmissionRecord<InferType<Schema>>; isNew: boolean };
    try {
      saved = await saveOnce(form.id, key, fresh);
    } catch (error) {
      console.error(`[${form.id}] could not store a submission:`, error);
      if (isJson) return json(503, { message: formWords.serviceUnavailable }, { "Retry-After": "60" });
      return htmlPage(503, await renderFormWithErrors(form, fields, {}, formWords.serviceUnavailable));
    }
    if (saved.isNew) {
      // On Netlify the hand-over finishes after the answer has gone; elsewhere (tests) it is awaited.
      const handOver = handOverEmails({ form: form.id, key }, req.url);
      if (context?.waitUntil) context.waitUntil(handOver);
      else await handOver;
    }
    return respond(saved.record.reference);
  };
}

/** The first message for each field, as the error summary lists them. */
function firstErrorPerField(error: ValidationError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.inner.length ? error.inner : [error]) {
    if (issue.path && !(issue.path in errors)) errors[issue.path] = issue.message;
  }
  return errors;
}

/** A filled honeypot, or (from the enhanced form, which always sends it) a form filled faster than a person can. */
function looksLikeSpam(fields: Record<string, string>, isJson: boolean): boolean {
  if (fields.website) return true;
  const startedAt = Number(fields.startedAt);
  if (!fields.startedAt) return isJson;
  return !Number.isFinite(startedAt) || Date.now() - startedAt < MIN_FILL_MS;
}

/** A client's submission id if it is one (a UUID or similar token), else nothing. */
const cleanSubmissionId = (value: string | undefined) =>
  value && /^[A-Za-z0-9-]{8,64}$/.test(value) ? value : undefined;

const hashOf = (data: unknown) => hash("sha256", JSON.stringify(data));
const referencePrefix = () =>
  settings.organisationName
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "")
    .slice(0, 12) || "REF";
const year = () => new Date().getUTCFullYear();
