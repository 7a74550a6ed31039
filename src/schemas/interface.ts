import { z } from "astro/zod";
import { placeholdersIn } from "../lib/fill-in.ts";

/**
 * Words that may hold `{placeholders}`, which the code fills in: only the names given may appear, so a
 * misspelt placeholder fails the build instead of showing to a reader.
 */
export const template = (...names: string[]) =>
  z
    .string()
    .min(1)
    .superRefine((text, context) => {
      for (const name of placeholdersIn(text)) {
        if (!names.includes(name)) {
          const allowed = names.length ? names.map((known) => `{${known}}`).join(", ") : "none";
          context.addIssue({ code: "custom", message: `unknown placeholder {${name}}: this text can use ${allowed}` });
        }
      }
    });

/** Words of the site's frame and page furniture (`content/interface/site.json`), not of any one page. */
export const siteWordsSchema = z.strictObject({
  /** The first link of every page, for keyboard and screen reader users. */
  skipLink: template(),
  /** Under the organisation's name in the header. */
  tagline: template("programmeShortName"),
  /** The accessible name of the header navigation. */
  mainNavigation: template(),
  /** The label of the header's search field. */
  headerSearchLabel: template(),
  /** The header's search button. */
  headerSearchButton: template(),
  /** The accessible name of the breadcrumbs. */
  breadcrumbs: template(),
  /** The home page's name in breadcrumbs. */
  home: template(),
  /** Before the date a page was last reviewed. */
  lastReviewed: template(),
  /** The footer's sentence about the organisation (settings fill it in). */
  footerAbout: template("organisationName", "organisationDescription", "leadProvider", "programmeName"),
  /** The footer's link to the contact page. */
  footerContact: template(),
  /** The footer's link to the sitemap. */
  footerSitemap: template(),
  /** The footer's link to the glossary. */
  footerGlossary: template(),
  /** Before a glossary term's other names ("NQT, newly qualified teacher"). */
  glossaryOtherNames: template(),
  /** Before the link to the page a glossary term's meaning comes from. */
  glossarySource: template(),
  /** Shown, in pages and emails, for a setting or a link address the alliance has not supplied yet. */
  unset: template(),
  /** The contact details' terms. */
  contactName: template(),
  contactPhone: template(),
  contactEmail: template(),
  /** The heading above the home page's tasks. */
  homeTasksHeading: template(),
  /** The guidance section's name in breadcrumbs. */
  guidance: template(),
  /** The accessible name of the previous/next links between guidance pages. */
  guidancePages: template(),
  previousPage: template(),
  nextPage: template(),
  /** Before each step of the timeline's heading. */
  timelineStep: template("step"),
  /** Before when a timeline step happens. */
  timelineWhen: template(),
  /** The FAQ's name in breadcrumbs. */
  faq: template(),
  /** The heading of the FAQ's list of topics. */
  faqTopics: template(),
  /** Under each answer on the FAQ page: the link to its own page. */
  faqLinkToAnswer: template(),
  /** Before a question's topic on its own page. */
  faqTopic: template(),
  /** The heading of the other questions of the same topic. */
  faqRelated: template(),
  /** A question page's description for search engines (cut to 200 characters). */
  faqQuestionDescription: template("question", "topic"),
  /** Above the reference number on a confirmation page. */
  referenceLabel: template(),
  /** In place of the reference number when the page is opened without one. */
  referenceFallback: template(),
});

/** Words every form shares (`content/interface/forms.json`); each form's own words are in `content/forms/`. */
export const formWordsSchema = z.strictObject({
  /** Before the page title, and before each message beside its question, when answers need correcting. */
  errorPrefix: template(),
  /** The error summary's heading. */
  errorSummaryTitle: template(),
  /** The submit button while the answers are being sent. */
  sending: template(),
  /** The first, empty choice of a select question. */
  choose: template(),
  /** The label of the hidden field only bots fill in. */
  honeypotLabel: template(),
  /** A ticked and an unticked box, in emails. */
  yes: template(),
  no: template(),
  /** An unanswered optional question, in emails. */
  notGiven: template(),
  /** When the answers could not be stored. */
  serviceUnavailable: template(),
  /** When the service answered with an unexpected error. */
  serviceProblem: template(),
  /** When the browser could not reach the service at all. */
  serverUnreachable: template(),
  /** The heading of the page for a request no browser form makes (wrong type, too large). */
  problemHeading: template(),
  /** That page's link back to the form. */
  problemBackLink: template(),
  /** Why a request no browser form makes was refused: not a POST; not a form's content type; over the size limit. */
  wrongMethod: template(),
  wrongType: template(),
  tooLarge: template("limit"),
  /** Why a body could not be read: not UTF-8; bad JSON; JSON but not an object of answers; anything else. */
  notUtf8: template(),
  malformedJson: template(),
  notAnObject: template(),
  unreadable: template(),
});

/** The search page's words that its script composes with the query and counts (`content/interface/search.json`). */
export const searchWordsSchema = z.strictObject({
  /** The search field's label. */
  label: template(),
  /** The search button. */
  button: template(),
  /** The legend of the section filter. */
  filterLegend: template(),
  /** The section filter's own button, which applies it where the page's script does not (JavaScript off). */
  filterButton: template(),
  /** The filter's choice of every section. */
  allSections: template(),
  /** The button (a link without JavaScript) under the results that shows more. */
  showMore: template(),
  /** Each search section's name, in the filter and under each result. */
  sectionNames: z.strictObject({ Guidance: template(), FAQ: template(), Resources: template() }),
  /** A filter choice with its number of results. */
  option: template("section", "count"),
  /** A number of results: one, and any other number. */
  oneResult: template(),
  manyResults: template("count"),
  /** Announced after a search, in all sections and in one. */
  found: template("results", "query"),
  foundInSection: template("results", "query", "section"),
  /** Announced when the chosen section has nothing but others do. */
  noneInSection: template("query", "section", "allSections", "results"),
  /** Announced when nothing is found. */
  noResults: template("query"),
  /** The page title while it shows results for a query. */
  title: template("query", "title"),
});

/** The site's frame words. */
export type SiteWords = z.infer<typeof siteWordsSchema>;
/** The search page's composed words. */
export type SearchWords = z.infer<typeof searchWordsSchema>;
/** The words all forms share. */
export type FormWords = z.infer<typeof formWordsSchema>;

/** Texts by key, each allowed the placeholders listed for it: a strict object of {@link template}s. */
const texts = <Keys extends string>(placeholders: Record<Keys, string[]>) =>
  z.strictObject(
    Object.fromEntries(
      Object.entries<string[]>(placeholders).map(([key, names]) => [key, template(...names)]),
    ) as Record<Keys, ReturnType<typeof template>>,
  );

/** Words of the staff area (`content/interface/staff.json`): its pages, its sign-in email and its CSV export. */
export const staffWordsSchema = z.strictObject({
  /** Each status as staff read it. */
  statuses: texts({ new: [], "in progress": [], done: [] }),
  /** Each email's delivery state. */
  emailStatuses: texts({ pending: [], sent: [], failed: [] }),
  /** The CSV export's own columns, before one column per question. */
  csv: texts({ reference: [], sent: [], status: [] }),
  /** Each form's submissions, as the staff area names them, by form id. */
  forms: texts({ "school-registration": [], "participant-registration": [], enquiry: [] }),
  area: template(),
  closedTitle: template(),
  closed: template(),
  signIn: texts({
    title: [],
    intro: [],
    emailLabel: [],
    emailMissing: [],
    button: [],
    sentTitle: [],
    sent: [],
    again: [],
    linkTitle: [],
    linkIntro: [],
    linkButton: [],
    linkRefused: [],
    signedInAs: ["email"],
    signOut: [],
    signedOutTitle: [],
  }),
  signInEmail: texts({ subject: ["organisation"], intro: ["organisation"], ignore: [] }),
  refused: texts({ title: [], crossSite: [], signedOut: [], signInLink: [], notFound: [] }),
  dashboard: texts({ title: [], intro: [], form: [], emailPending: [], view: ["form"] }),
  list: texts({
    filter: [],
    statusLabel: [],
    anyStatus: [],
    searchLabel: [],
    apply: [],
    clear: [],
    reference: [],
    sent: [],
    status: [],
    emails: [],
    trainingGroup: [],
    caption: ["form", "page"],
    none: [],
    export: [],
    exportFiltered: [],
    previous: [],
    next: [],
    pagination: [],
    deleted: ["reference"],
    back: [],
  }),
  submission: texts({
    title: ["form", "reference"],
    details: [],
    reference: [],
    sent: [],
    status: [],
    trainingGroup: [],
    noGroup: [],
    note: [],
    answers: [],
    emails: [],
    emailSent: ["when"],
    emailAttempts: ["attempts"],
    emailNotTried: [],
    history: [],
    noHistory: [],
    when: [],
    who: [],
    what: [],
    changed: ["what", "from", "to"],
    emailChanged: ["email", "from", "to"],
    nothing: [],
    actions: [],
    changeStatus: [],
    saveStatus: [],
    allocate: [],
    saveGroup: [],
    noGroups: [],
    noteLabel: [],
    saveNote: [],
    resend: [],
    resendHint: [],
    delete: [],
    saved: [],
    resent: [],
    missing: [],
    errorTitle: [],
    backToList: ["form"],
  }),
  deletion: texts({ title: ["reference"], warning: [], confirm: [], cancel: [] }),
  /** Why a change staff asked for cannot be made (functions/lib/submissions.ts). */
  changeErrors: texts({
    status: ["statuses"],
    groupNotAllocated: [],
    unknownGroup: ["group"],
    noteTooLong: ["max"],
  }),
  /** What each kind of change is called in a submission's history. */
  fields: texts({ status: [], trainingGroup: [], note: [], email: [] }),
});

/** The staff tools' words. */
export type StaffWords = z.infer<typeof staffWordsSchema>;
