import { formFields } from "../../../src/lib/forms/definition.ts";
import { fillIn } from "../../../src/lib/fill-in.ts";
import { formWords } from "../../../src/lib/form-words.ts";
import { STAFF_MARKERS, fillMarked } from "../../../src/lib/forms/page-markers.ts";
import { STAFF_PAGE } from "../../../src/lib/forms/shipped-pages.ts";
import { settings } from "../../../src/lib/settings.ts";
import { staffWords } from "../../../src/lib/staff-words.ts";
import { answerInWords, answerRows } from "../answers.ts";
import { builtPage } from "../built-page.ts";
import { html, type SafeHtml } from "../html.ts";
import { escapeHtml } from "../http.ts";
import type { RegisteredForm } from "../registered-forms.ts";
import { SUBMISSION_STATUSES, type EmailStatus, type HistoryEntry, type SubmissionRecord } from "../store.ts";
import type { ListPage, ListQuery, SubmissionRow } from "../submission-index.ts";
import { MAX_NOTE_LENGTH } from "../submissions.ts";
import { EDITOR_PATH } from "../../../src/lib/editor/admin-page.ts";
import { staffPaths } from "./paths.ts";

/**
 * The staff area's pages as HTML: each fills the built staff page (src/pages/staff/index.astro, in the site's
 * layout, styles and CSP) between its markers. Every value is escaped by the `html` template; the pages use
 * no script, so they work the same with JavaScript off. Words are in content/interface/staff.json.
 */

const words = staffWords;

export const formName = (formId: string) => words.forms[formId as keyof typeof words.forms] ?? formId;

const dateTime = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Europe/London",
});
const when = (iso: string) => html`<time datetime="${iso}">${dateTime.format(new Date(iso))}</time>`;

/**
 * The whole page: the built staff page with this page's title and content; the title starts "Error: " when the
 * page shows errors, as GOV.UK's do, so that it is the first thing a screen reader says.
 */
export async function staffPage(title: string, content: SafeHtml, signedInAs?: string, hasErrors = false) {
  const page = await builtPage(STAFF_PAGE);
  const bar = signedInAs
    ? html`<div class="staff-bar">
        <p class="staff-bar__who">${fillIn(words.signIn.signedInAs, { email: signedInAs })}</p>
        <a class="staff-bar__editor" href="${EDITOR_PATH}">${words.editSite}</a>
        <form method="post" action="${staffPaths.signOut}">
          <button class="button button--secondary" type="submit">${words.signIn.signOut}</button>
        </form>
      </div>`
    : "";
  const body = html`${bar}
    <h1>${title}</h1>
    ${content}`;
  return fillMarked(page, STAFF_MARKERS, body.value).replace(
    /<title>[^<]*<\/title>/,
    // A function, so that no "$" in a title is read as a replacement pattern.
    () =>
      `<title>${escapeHtml(`${hasErrors ? formWords.errorPrefix : ""}${title} - ${words.area} - ${settings.organisationName}`)}</title>`,
  );
}

/**
 * GOV.UK's error summary, its links to the fields at fault, as the forms' (src/components/forms/ErrorSummary.tsx):
 * it takes focus as the page loads (these pages have no script to move it), and its inner alert is read out.
 */
const errorSummary = (errors: Record<string, string>) =>
  Object.keys(errors).length
    ? html`<div class="error-summary" tabindex="-1" autofocus>
        <div role="alert">
          <h2 class="error-summary__title">${words.submission.errorTitle}</h2>
          <ul class="error-summary__list">
            ${Object.entries(errors).map(([field, message]) => html`<li><a href="#${field}">${message}</a></li>`)}
          </ul>
        </div>
      </div>`
    : "";

/** A field's error message, with "Error:" for screen readers before it, as the forms' (FormQuestion.tsx). */
const errorMessage = (field: string, message: string | undefined) =>
  message
    ? html`<p class="error-message" id="${field}-error">
        <span class="visually-hidden">${formWords.errorPrefix}</span>${message}
      </p>`
    : "";

const banner = (message: string | undefined) =>
  message ? html`<div class="notification" role="status"><p>${message}</p></div>` : "";

const tag = (text: string, kind: string) => html`<strong class="tag tag--${kind}">${text}</strong>`;
const statusTag = (status: SubmissionRecord["status"]) => tag(words.statuses[status], status.replace(" ", "-"));
const emailTag = (status: EmailStatus) => tag(words.emailStatuses[status], `email-${status}`);

// ---------------------------------------------------------------------------------------------------------
// Signing in

export const closedPage = () => staffPage(words.closedTitle, html`<p>${words.closed}</p>`);

export function signInPage({ error, notice }: { error?: string; notice?: string } = {}) {
  const field = "email";
  return staffPage(
    words.signIn.title,
    html`${banner(notice)}${errorSummary(error ? { [field]: error } : {})}
      <p>${words.signIn.intro}</p>
      <form method="post" action="${staffPaths.signIn}" novalidate>
        <div class="form-group${error ? " form-group--error" : ""}">
          <label class="label" for="${field}">${words.signIn.emailLabel}</label>
          ${errorMessage(field, error)}
          <input
            class="input${error ? " input--error" : ""}"
            id="${field}"
            name="${field}"
            type="email"
            autocomplete="email"
            spellcheck="false"
            ${error ? html`aria-describedby="${field}-error"` : ""}
          />
        </div>
        <button class="button" type="submit">${words.signIn.button}</button>
      </form>`,
    undefined,
    Boolean(error),
  );
}

export const linkSentPage = () =>
  staffPage(
    words.signIn.sentTitle,
    html`<p>${words.signIn.sent}</p>
      <p><a href="${staffPaths.home}">${words.signIn.again}</a></p>`,
  );

/** What a sign-in link opens: a button, because mail scanners open links and only the POST may spend one. */
export const linkPage = (token: string) =>
  staffPage(
    words.signIn.linkTitle,
    html`<p>${words.signIn.linkIntro}</p>
      <form method="post" action="${staffPaths.signInLink}">
        <input type="hidden" name="token" value="${token}" />
        <button class="button" type="submit">${words.signIn.linkButton}</button>
      </form>`,
  );

export const refusedPage = (message: string) =>
  staffPage(
    words.refused.title,
    html`<p>${message}</p>
      <p><a href="${staffPaths.home}">${words.refused.signInLink}</a></p>`,
  );

// ---------------------------------------------------------------------------------------------------------
// The forms and their submissions

/** What the dashboard shows of a form: how many submissions are at each status, and how many wait for email. */
export interface FormCounts {
  form: RegisteredForm;
  counts: Record<SubmissionRecord["status"], number>;
  emailPending: number;
}

export function dashboardPage(forms: FormCounts[], email: string) {
  const d = words.dashboard;
  return staffPage(
    d.title,
    html`<p>${d.intro}</p>
      <div class="table-wrapper" tabindex="0" role="region" aria-label="${d.title}">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">${d.form}</th>
              ${SUBMISSION_STATUSES.map((status) => html`<th scope="col" class="table__numeric">${words.statuses[status]}</th>`)}
              <th scope="col" class="table__numeric">${d.emailPending}</th>
            </tr>
          </thead>
          <tbody>
            ${forms.map(
              ({ form, counts, emailPending }) =>
                html`<tr>
                  <th scope="row"><a href="${staffPaths.list(form.form.id)}">${formName(form.form.id)}</a></th>
                  ${SUBMISSION_STATUSES.map((status) => html`<td class="table__numeric">${counts[status]}</td>`)}
                  <td class="table__numeric">${emailPending}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`,
    email,
  );
}

/** The query string of a list filter (and page), leaving out what is not set. */
export function listSearch(query: ListQuery): string {
  const params = new URLSearchParams();
  if (query.status) params.set("status", query.status);
  if (query.text) params.set("q", query.text);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `?${search}` : "";
}

export function listPage(entry: RegisteredForm, query: ListQuery, found: ListPage, email: string, deleted?: string) {
  const l = words.list;
  const { id } = entry.form;
  const name = formName(id);
  const listed = entry.form.listedAnswers.flatMap((answer) =>
    formFields(entry.form.content).filter((field) => field.name === answer),
  );
  const filtered = Boolean(query.status || query.text);
  const filter = html`<form method="get" action="${staffPaths.list(id)}" class="filter">
    <h2 class="filter__title">${l.filter}</h2>
    <div class="filter__fields">
      <div class="form-group">
        <label class="label" for="status">${l.statusLabel}</label>
        <select class="input" id="status" name="status">
          <option value="">${l.anyStatus}</option>
          ${SUBMISSION_STATUSES.map(
            (status) =>
              html`<option value="${status}" ${query.status === status ? html` selected` : ""}>
                ${words.statuses[status]}
              </option>`,
          )}
        </select>
      </div>
      <div class="form-group">
        <label class="label" for="q">${l.searchLabel}</label>
        <input class="input" id="q" name="q" type="search" value="${query.text ?? ""}" spellcheck="false" />
      </div>
    </div>
    <button class="button button--secondary" type="submit">${l.apply}</button>
    ${filtered ? html`<a class="filter__clear" href="${staffPaths.list(id)}">${l.clear}</a>` : ""}
  </form>`;
  const row = (submission: SubmissionRow) =>
    html`<tr>
      <td class="table__nowrap"><a href="${staffPaths.submission(id, submission.key)}">${submission.reference}</a></td>
      <td>${when(submission.createdAt)}</td>
      ${listed.map((field) => html`<td>${answerInWords(field, submission.answers[field.name])}</td>`)}
      <td>${statusTag(submission.status)}</td>
      <td>${emailTag(submission.email)}</td>
      ${entry.allocatesTrainingGroup ? html`<td>${submission.trainingGroup ?? ""}</td>` : ""}
    </tr>`;
  const table = found.rows.length
    ? html`<div class="table-wrapper" tabindex="0" role="region" aria-label="${name}">
        <table class="table">
          <caption class="visually-hidden">
            ${fillIn(l.caption, { form: name, page: found.page })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${l.reference}</th>
              <th scope="col">${l.sent}</th>
              ${listed.map((field) => html`<th scope="col">${field.label}</th>`)}
              <th scope="col">${l.status}</th>
              <th scope="col">${l.emails}</th>
              ${entry.allocatesTrainingGroup ? html`<th scope="col">${l.trainingGroup}</th>` : ""}
            </tr>
          </thead>
          <tbody>
            ${found.rows.map(row)}
          </tbody>
        </table>
      </div>`
    : html`<p>${l.none}</p>`;
  const pageLink = (page: number, label: string, rel: string) =>
    html`<li class="pagination__item pagination__item--${rel}">
      <a href="${staffPaths.list(id)}${listSearch({ ...query, page })}" rel="${rel}">${label}</a>
    </li>`;
  const pagination =
    found.page > 1 || found.hasNext
      ? html`<nav class="pagination" aria-label="${l.pagination}">
          <ul class="pagination__list">
            ${found.page > 1 ? pageLink(found.page - 1, l.previous, "prev") : ""}
            ${found.hasNext ? pageLink(found.page + 1, l.next, "next") : ""}
          </ul>
        </nav>`
      : "";
  const exportLink = `${staffPaths.exportCsv(id)}${listSearch({ ...query, page: 1 })}`;
  return staffPage(
    name,
    html`${banner(deleted && fillIn(l.deleted, { reference: deleted }))}
      <p><a href="${staffPaths.home}">${l.back}</a></p>
      ${filter}
      <p><a href="${exportLink}" download>${filtered ? l.exportFiltered : l.export}</a></p>
      ${table}${pagination}`,
    email,
  );
}

/** A `<dl>` in GOV.UK's summary list pattern. */
const summaryList = (rows: [string, unknown][]) =>
  html`<dl class="summary-list">
    ${rows.map(
      ([key, value]) =>
        html`<div class="summary-list__row">
          <dt class="summary-list__key">${key}</dt>
          <dd class="summary-list__value">${value}</dd>
        </div>`,
    )}
  </dl>`;

function historyLine(entry: HistoryEntry) {
  const s = words.submission;
  const shown = (value: string | null | undefined) => {
    if (value === null || value === undefined || value === "") return s.nothing;
    if (entry.what === "status") return words.statuses[value as SubmissionRecord["status"]] ?? value;
    if (entry.what === "email") return words.emailStatuses[value as EmailStatus] ?? value;
    return value;
  };
  return entry.what === "email"
    ? fillIn(s.emailChanged, { email: entry.email ?? "", from: shown(entry.from), to: shown(entry.to) })
    : fillIn(s.changed, { what: words.fields[entry.what], from: shown(entry.from), to: shown(entry.to) });
}

/** What a submission page shows besides the record: a message after a change, or the errors of one. */
export interface SubmissionPageState {
  notice?: string;
  errors?: Record<string, string>;
  /** What staff typed, kept when it was refused. */
  values?: Record<string, string>;
}

export function submissionPage(
  entry: RegisteredForm,
  key: string,
  record: SubmissionRecord,
  groups: readonly string[],
  email: string,
  { notice, errors = {}, values = {} }: SubmissionPageState = {},
) {
  const s = words.submission;
  const { id } = entry.form;
  const action = (name: string) => staffPaths.action(id, key, name);
  const fieldError = (field: string) => errorMessage(field, errors[field]);
  const groupClass = (field: string) => `form-group${errors[field] ? " form-group--error" : ""}`;
  const describedBy = (field: string) => (errors[field] ? html` aria-describedby="${field}-error"` : "");

  const details = summaryList([
    [s.reference, record.reference],
    [s.sent, when(record.createdAt)],
    [s.status, statusTag(record.status)],
    ...(entry.allocatesTrainingGroup
      ? [[s.trainingGroup, record.trainingGroup || s.noGroup] as [string, unknown]]
      : []),
    [s.note, record.note ? html`<span class="note">${record.note}</span>` : s.nothing],
  ]);

  // The first radio has the question's id, as in GOV.UK's radios: the error summary links to it.
  const radioId = (index: number, status: string) => (index === 0 ? "status" : `status-${status.replace(" ", "-")}`);
  const statusForm = html`<form method="post" action="${action("status")}">
    <fieldset class="fieldset ${groupClass("status")}" ${describedBy("status")}>
      <legend class="fieldset__legend">${s.changeStatus}</legend>
      ${fieldError("status")}
      ${SUBMISSION_STATUSES.map(
        (status, index) =>
          html`<div class="radios__item">
            <input
              class="radios__input"
              type="radio"
              id="${radioId(index, status)}"
              name="status"
              value="${status}"
              ${record.status === status ? html` checked` : ""}
            />
            <label class="radios__label" for="${radioId(index, status)}">${words.statuses[status]}</label>
          </div>`,
      )}
    </fieldset>
    <button class="button" type="submit">${s.saveStatus}</button>
  </form>`;

  const groupForm = !entry.allocatesTrainingGroup
    ? ""
    : groups.length === 0
      ? html`<h3>${s.allocate}</h3>
          ${fieldError("trainingGroup")}
          <p id="trainingGroup">${s.noGroups}</p>`
      : html`<form method="post" action="${action("training-group")}">
          <div class="${groupClass("trainingGroup")}">
            <label class="label" for="trainingGroup">${s.allocate}</label>
            ${fieldError("trainingGroup")}
            <select class="input" id="trainingGroup" name="trainingGroup" ${describedBy("trainingGroup")}>
              <option value="">${s.noGroup}</option>
              ${groups.map(
                (group) => html`<option${record.trainingGroup === group ? html` selected` : ""}>${group}</option>`,
              )}
            </select>
          </div>
          <button class="button" type="submit">${s.saveGroup}</button>
        </form>`;

  const noteForm = html`<form method="post" action="${action("note")}">
    <div class="${groupClass("note")}">
      <label class="label" for="note">${s.noteLabel}</label>
      ${fieldError("note")}
      <textarea class="input" id="note" name="note" rows="4" maxlength="${MAX_NOTE_LENGTH}" ${describedBy("note")}>
${values.note ?? record.note ?? ""}</textarea>
    </div>
    <button class="button" type="submit">${s.saveNote}</button>
  </form>`;

  const resendForm = html`<form method="post" action="${action("resend")}">
    <h3>${s.resend}</h3>
    <p class="hint">${s.resendHint}</p>
    <button class="button button--secondary" type="submit">${s.resend}</button>
  </form>`;

  const emails = Object.entries(record.emails);
  const emailList = emails.length
    ? summaryList(
        emails.map(([name, state]) => [
          name,
          html`${emailTag(state.status)}
          ${state.sentAt ? fillIn(s.emailSent, { when: dateTime.format(new Date(state.sentAt)) }) : ""}
          (${fillIn(s.emailAttempts, { attempts: state.attempts })})${state.lastError && state.status !== "sent" ? html`<br />${state.lastError}` : ""}`,
        ]),
      )
    : html`<p>${s.emailNotTried}</p>`;

  const history = record.history.length
    ? html`<div class="table-wrapper" tabindex="0" role="region" aria-label="${s.history}">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">${s.when}</th>
              <th scope="col">${s.who}</th>
              <th scope="col">${s.what}</th>
            </tr>
          </thead>
          <tbody>
            ${[...record.history].reverse().map(
              (entry) =>
                html`<tr>
                  <td>${when(entry.at)}</td>
                  <td>${entry.by}</td>
                  <td>${historyLine(entry)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`
    : html`<p>${s.noHistory}</p>`;

  return staffPage(
    fillIn(s.title, { form: formName(id), reference: record.reference }),
    html`${banner(notice)}${errorSummary(errors)}
      <p><a href="${staffPaths.list(id)}">${fillIn(s.backToList, { form: formName(id) })}</a></p>
      <h2>${s.details}</h2>
      ${details}
      <h2>${s.actions}</h2>
      <div class="staff-actions">
        ${statusForm}${groupForm}${noteForm}${resendForm}
        <p><a class="button button--warning" href="${action("delete")}">${s.delete}</a></p>
      </div>
      <h2>${s.answers}</h2>
      ${summaryList(answerRows(entry.form.content, record.data).map(({ label, value }) => [label, value]))}
      <h2>${s.emails}</h2>
      ${emailList}
      <h2>${s.history}</h2>
      ${history}`,
    email,
    Object.keys(errors).length > 0,
  );
}

export function deletionPage(entry: RegisteredForm, key: string, record: SubmissionRecord, email: string) {
  const d = words.deletion;
  return staffPage(
    fillIn(d.title, { reference: record.reference }),
    html`<p class="warning-text">${d.warning}</p>
      <form method="post" action="${staffPaths.action(entry.form.id, key, "delete")}" class="button-group">
        <button class="button button--warning" type="submit">${d.confirm}</button>
        <a href="${staffPaths.submission(entry.form.id, key)}">${d.cancel}</a>
      </form>`,
    email,
  );
}

export const missingPage = (entry: RegisteredForm, email: string) =>
  staffPage(
    words.submission.missing,
    html`<p>
      <a href="${staffPaths.list(entry.form.id)}"
        >${fillIn(words.submission.backToList, { form: formName(entry.form.id) })}</a
      >
    </p>`,
    email,
  );
