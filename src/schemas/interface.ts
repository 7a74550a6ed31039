import { z } from "astro/zod";
import { placeholdersIn } from "../lib/fill-in.ts";

/**
 * Words that may hold `{placeholders}`, which the code fills in: only the names given may appear, so a
 * misspelt placeholder fails the build instead of showing to a reader. The names are also recorded as the
 * `placeholders` metadata, which a field's own `.meta({ title, description })` keeps (Zod merges a schema's
 * metadata into its clones'), so that the content editor can list them.
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
    })
    .meta({ placeholders: names });

/** Words of the site's frame and page furniture (`content/interface/site.json`), not of any one page. */
export const siteWordsSchema = z
  .strictObject({
    skipLink: template().meta({
      title: "Skip link",
      description:
        'The first link of every page, hidden until someone reaches it with the keyboard: it lets keyboard and screen reader users jump past the menu to the page\'s content. For example "Skip to main content".',
    }),
    tagline: template("programmeShortName").meta({
      title: "Tagline",
      description:
        "Shown under the organisation's name at the top of every page, for example \"{programmeShortName} induction\", where {programmeShortName} is filled in by the site with the programme's short name from the settings (ECF).",
    }),
    mainNavigation: template().meta({
      title: "Menu name",
      description:
        'The name screen readers give the menu of links at the top of every page, for example "Main". It is not shown on screen.',
    }),
    headerSearchLabel: template().meta({
      title: "Search box label",
      description: 'The label of the search box at the top of every page, for example "Search this site".',
    }),
    headerSearchButton: template().meta({
      title: "Search button",
      description: 'The words on the button beside the search box at the top of every page, for example "Search".',
    }),
    breadcrumbs: template().meta({
      title: "Breadcrumb name",
      description:
        'The name screen readers give the trail of links above a page\'s heading (Home, then Guidance, and so on), for example "Breadcrumb". It is not shown on screen.',
    }),
    home: template().meta({
      title: "Home in the breadcrumb",
      description: "The home page's name, first in the trail of links above each page's heading, for example \"Home\".",
    }),
    lastReviewed: template().meta({
      title: "Last reviewed",
      description:
        'Shown before the date a page was last reviewed, at the bottom of each page, for example "Last reviewed:".',
    }),
    footerAbout: template("organisationName", "organisationDescription", "leadProvider", "programmeName").meta({
      title: "About the organisation",
      description:
        "The sentence about the organisation at the bottom of every page. Each word in curly brackets is filled in by the site from the settings: {organisationName} becomes BTSA, {leadProvider} becomes Best Practice Network, and so on.",
      multiline: true,
    }),
    footerContact: template().meta({
      title: "Footer link to the contact page",
      description: 'The words of the link to the contact page, at the bottom of every page, for example "Contact us".',
    }),
    footerSitemap: template().meta({
      title: "Footer link to the sitemap",
      description:
        'The words of the link to the list of all the site\'s pages, at the bottom of every page, for example "Sitemap".',
    }),
    footerGlossary: template().meta({
      title: "Footer link to the glossary",
      description: 'The words of the link to the glossary, at the bottom of every page, for example "Glossary".',
    }),
    glossaryOtherNames: template().meta({
      title: "Before a term's other names",
      description:
        'Shown on the glossary page before a term\'s other names ("newly qualified teacher, NQT"), for example "Also called:".',
    }),
    glossarySource: template().meta({
      title: "Before a term's source",
      description:
        'Shown on the glossary page before the link to the page a meaning comes from, for example "Source:".',
    }),
    unset: template().meta({
      title: "Not supplied yet",
      description:
        'Shown in pages and emails in place of a setting or a link address that the alliance has not supplied yet, for example "(to follow)".',
    }),
    contactName: template().meta({
      title: "Contact details: name",
      description: 'The label of the contact\'s name in the contact details, for example "Name".',
    }),
    contactPhone: template().meta({
      title: "Contact details: phone",
      description: 'The label of the contact\'s phone number in the contact details, for example "Phone".',
    }),
    contactEmail: template().meta({
      title: "Contact details: email",
      description: 'The label of the contact\'s email address in the contact details, for example "Email".',
    }),
    homeTasksHeading: template().meta({
      title: "Home page tasks heading",
      description: 'The heading above the main ways in on the home page, for example "What do you need to do?".',
    }),
    guidance: template().meta({
      title: "Guidance in the breadcrumb",
      description:
        'The guidance\'s name in the trail of links above the heading of each guidance page, for example "Guidance".',
    }),
    guidancePages: template().meta({
      title: "Name of the Previous and Next links",
      description:
        'The name screen readers give the Previous and Next links at the bottom of each guidance page, for example "Guidance pages". It is not shown on screen.',
    }),
    previousPage: template().meta({
      title: "Previous page",
      description:
        'Shown before the title of the previous guidance page, in the links at the bottom of each guidance page, for example "Previous".',
    }),
    nextPage: template().meta({
      title: "Next page",
      description:
        'Shown before the title of the next guidance page, in the links at the bottom of each guidance page, for example "Next".',
    }),
    timelineStep: template("step").meta({
      title: "Timeline step number",
      description:
        "Shown before each timeline step's heading, for example \"Step {step}:\", where {step} is filled in by the site with the step's number.",
    }),
    timelineWhen: template().meta({
      title: "Timeline: when",
      description: 'Shown before when a timeline step happens, for example "When:".',
    }),
    faq: template().meta({
      title: "FAQ in the breadcrumb",
      description:
        "The FAQ's name in the trail of links above the heading of each question's page, for example \"FAQ\".",
    }),
    faqTopics: template().meta({
      title: "FAQ topics heading",
      description: 'The heading of the list of topics near the top of the FAQ page, for example "Topics".',
    }),
    faqLinkToAnswer: template().meta({
      title: "Link to an answer",
      description:
        'The words of the link under each answer on the FAQ page that leads to the answer\'s own page, for example "Link to this answer".',
    }),
    faqTopic: template().meta({
      title: "Before a question's topic",
      description: 'Shown on a question\'s own page before the link to its topic, for example "Topic:".',
    }),
    faqRelated: template().meta({
      title: "Related questions heading",
      description:
        'The heading above the other questions of the same topic, on a question\'s own page, for example "More on this topic".',
    }),
    faqQuestionDescription: template("question", "topic").meta({
      title: "Question page summary",
      description:
        "The summary of a question's own page that search engines show, cut to 200 characters. {question} is filled in by the site with the question, and {topic} with its topic's title in small letters.",
      multiline: true,
    }),
    referenceLabel: template().meta({
      title: "Reference number label",
      description:
        'Shown above the reference number on the page people see after they register, for example "Your reference number".',
    }),
    referenceFallback: template().meta({
      title: "Reference number not known",
      description:
        'Shown in place of the reference number when that page is opened without one, for example "is in your confirmation email".',
    }),
  })
  .meta({
    title: "Site words",
    description:
      "The words of the site's frame, on every page or on many: the top of the page, the menu, the footer, the trail of links above headings, and the labels of the glossary, the FAQ and the timeline. Each page's own words are in its page.",
  });

/** Words every form shares (`content/interface/forms.json`); each form's own words are in `content/forms/`. */
export const formWordsSchema = z
  .strictObject({
    errorPrefix: template().meta({
      title: "Error prefix",
      description:
        'Put before the page\'s title, and before each message beside a question, when answers need correcting, for example "Error: " (with a space at the end).',
    }),
    errorSummaryTitle: template().meta({
      title: "Error summary heading",
      description:
        'The heading of the box at the top of a form that lists the answers to correct, for example "There is a problem".',
    }),
    sending: template().meta({
      title: "Sending",
      description: 'Shown on the submit button while the answers are being sent, for example "Sending…".',
    }),
    choose: template().meta({
      title: "Empty choice",
      description: 'The first choice of a drop-down list, shown until an answer is chosen, for example "Choose".',
    }),
    /** The honeypot: a field only bots fill in. */
    honeypotLabel: template().meta({
      title: "Spam trap label",
      description:
        'The label of a hidden box that only spam robots fill in, which keeps spam out without a puzzle to solve. People do not see it, but a screen reader may read it, so tell them not to fill it in, for example "Leave this field empty".',
    }),
    yes: template().meta({
      title: "Ticked box",
      description:
        'How a ticked box, such as the one for the privacy notice, is written in emails and in the staff area, for example "Yes".',
    }),
    no: template().meta({
      title: "Unticked box",
      description: 'How a box left unticked is written in emails and in the staff area, for example "No".',
    }),
    notGiven: template().meta({
      title: "Not answered",
      description:
        'How a question that was not answered (one marked optional) is written in emails and in the staff area, for example "Not given".',
    }),
    serviceUnavailable: template().meta({
      title: "Answers not saved",
      description:
        "The message when the site could not save someone's answers, so nothing was sent. It should say what to do, for example try again in a few minutes.",
      multiline: true,
    }),
    serviceProblem: template().meta({
      title: "Service problem",
      description: "The message when the site answered the form with an error nobody expected.",
      multiline: true,
    }),
    serverUnreachable: template().meta({
      title: "Site not reached",
      description:
        "The message when the person's browser could not reach the site at all, for example because their connection dropped. Their answers stay in the form.",
      multiline: true,
    }),
    problemHeading: template().meta({
      title: "Refused request heading",
      description:
        'The heading of the page shown when something that is not an ordinary form sends answers and is refused, for example "Sorry, there is a problem".',
    }),
    problemBackLink: template().meta({
      title: "Refused request link",
      description: 'That page\'s link back to the form, for example "Go back to the form".',
    }),
    wrongMethod: template().meta({
      title: "Refused: not sent as a form",
      description:
        "Why answers were refused when they were not sent the way a form sends them. People filling in the site's forms do not see it, only computer programs that send answers some other way, so its technical words can stay.",
    }),
    wrongType: template().meta({
      title: "Refused: unknown format",
      description:
        "Why answers were refused when they came in a format that no form uses. People filling in the site's forms do not see it, so its technical words can stay.",
    }),
    tooLarge: template("limit").meta({
      title: "Refused: too large",
      description:
        "Why answers were refused when there was too much of them. {limit} is filled in by the site with the largest size allowed, in kilobytes.",
    }),
    notUtf8: template().meta({
      title: "Refused: unreadable characters",
      description:
        "Why answers were refused when their characters could not be read. People filling in the site's forms do not see it, so its technical words can stay.",
    }),
    malformedJson: template().meta({
      title: "Refused: broken data",
      description:
        "Why answers were refused when their data was broken. People filling in the site's forms do not see it, so its technical words can stay.",
    }),
    notAnObject: template().meta({
      title: "Refused: no answers",
      description:
        "Why answers were refused when their data held no list of answers. People filling in the site's forms do not see it, so its technical words can stay.",
    }),
    unreadable: template().meta({
      title: "Refused: could not be read",
      description: "Why answers were refused when they could not be read for any other reason.",
    }),
  })
  .meta({
    title: "Form words",
    description:
      "The words that every form of the site shares: error messages, the words on the submit button while sending, how answers are written in emails, and messages when answers could not be sent. Each form's questions are in its own form file.",
  });

/** The search page's words that its script composes with the query and counts (`content/interface/search.json`). */
export const searchWordsSchema = z
  .strictObject({
    label: template().meta({
      title: "Search box label",
      description:
        'The label of the search box on the search page, for example "Search the guidance, FAQ and resources".',
    }),
    button: template().meta({
      title: "Search button",
      description: 'The words on the search page\'s search button, for example "Search".',
    }),
    filterLegend: template().meta({
      title: "Filter heading",
      description: 'The heading of the choice of section to show results from, for example "Show results from".',
    }),
    /** It applies the filter where the page's script does not (JavaScript off). */
    filterButton: template().meta({
      title: "Filter button",
      description:
        'The button under the choice of section that applies it, for example "Show results". It shows only in browsers that run the page without its script, where choosing a section does not apply it by itself.',
    }),
    allSections: template().meta({
      title: "All sections",
      description: 'The filter\'s choice of every section, for example "All sections".',
    }),
    showMore: template().meta({
      title: "Show more",
      description: 'The button under the results that shows more of them, for example "Show more results".',
    }),
    sectionNames: z
      .strictObject({
        Guidance: template().meta({
          title: "Guidance",
          description: 'The name of the guidance section, for example "Guidance".',
        }),
        FAQ: template().meta({
          title: "FAQ",
          description: 'The name of the frequently asked questions section, for example "FAQ".',
        }),
        Resources: template().meta({
          title: "Resources",
          description:
            'The name of the resources section (the resources, glossary, contact and privacy pages), for example "Resources".',
        }),
      })
      .meta({
        title: "Section names",
        description: "Each section's name, in the filter and under each result.",
      }),
    option: template("section", "count").meta({
      title: "Filter choice",
      description:
        'A choice of the filter with its number of results, for example "{section} ({count})", which the site fills in as "FAQ (2)".',
    }),
    oneResult: template().meta({
      title: "One result",
      description: 'The number of results when there is one, for example "1 result".',
    }),
    manyResults: template("count").meta({
      title: "Several results",
      description:
        'The number of results when there are none or more than one, for example "{count} results", where {count} is filled in by the site with the number.',
    }),
    found: template("results", "query").meta({
      title: "Results found",
      description:
        'Shown above the results, and read out by screen readers, after a search in every section, for example "{results} for “{query}”". The site fills in {results} with the number of results ("3 results") and {query} with what was searched for.',
    }),
    foundInSection: template("results", "query", "section").meta({
      title: "Results found in a section",
      description:
        "As Results found, after a search in one section. {section} is filled in by the site with the section's name.",
    }),
    noneInSection: template("query", "section", "allSections", "results").meta({
      title: "No results in the section",
      description:
        'Shown when the chosen section has no results but others do. The site fills in {query} with what was searched for, {section} with the chosen section, {allSections} with the words of the "All sections" choice, and {results} with the number of results there.',
      multiline: true,
    }),
    noResults: template("query").meta({
      title: "No results",
      description: "Shown when nothing is found. {query} is filled in by the site with what was searched for.",
    }),
    title: template("query", "title").meta({
      title: "Page title with results",
      description:
        "The search page's title in the browser tab while it shows results. {query} is filled in by the site with what was searched for, and {title} with the page's usual title.",
    }),
  })
  .meta({
    title: "Search words",
    description:
      "The words of the search page that the site puts together with what was searched for and the numbers of results. The search page's other words are in its page.",
  });

/** The site's frame words. */
export type SiteWords = z.infer<typeof siteWordsSchema>;
/** The search page's composed words. */
export type SearchWords = z.infer<typeof searchWordsSchema>;
/** The words all forms share. */
export type FormWords = z.infer<typeof formWordsSchema>;

/** Words of the staff area (`content/interface/staff.json`): its pages, its sign-in email and its CSV export. */
export const staffWordsSchema = z
  .strictObject({
    statuses: z
      .strictObject({
        new: template().meta({
          title: "New",
          description: 'A submission nobody has worked on yet, for example "New".',
        }),
        "in progress": template().meta({
          title: "In progress",
          description: 'A submission staff are working on, for example "In progress".',
        }),
        done: template().meta({
          title: "Done",
          description: 'A submission staff have finished with, for example "Done".',
        }),
      })
      .meta({
        title: "Statuses",
        description:
          "What each status of a submission is called in the staff area and in the spreadsheet download. Staff set a submission's status as they work on it.",
      }),
    emailStatuses: z
      .strictObject({
        pending: template().meta({
          title: "Waiting",
          description: 'An email the site has not sent yet and is still trying to send, for example "Waiting to send".',
        }),
        sent: template().meta({
          title: "Sent",
          description: 'An email that has been sent, for example "Sent".',
        }),
        failed: template().meta({
          title: "Failed",
          description:
            'An email the site gave up sending after several tries, for example "Failed". Staff can send it again from the submission\'s page.',
        }),
      })
      .meta({
        title: "Email states",
        description: "What each state of a submission's emails is called in the staff area.",
      }),
    csv: z
      .strictObject({
        reference: template().meta({
          title: "Reference column",
          description: 'The heading of the column of reference numbers, for example "Reference".',
        }),
        sent: template().meta({
          title: "Sent column",
          description: 'The heading of the column of when each submission was sent, for example "Sent".',
        }),
        status: template().meta({
          title: "Status column",
          description: 'The heading of the column of statuses, for example "Status".',
        }),
      })
      .meta({
        title: "Spreadsheet columns",
        description:
          "The headings of the first columns of the spreadsheet download (a CSV file), before one column for each question of the form.",
      }),
    forms: z
      .strictObject({
        "school-registration": template().meta({
          title: "School registrations",
          description: 'The submissions of the school registration form, for example "School registrations".',
        }),
        "participant-registration": template().meta({
          title: "ECT and mentor registrations",
          description:
            'The submissions of the ECT and mentor registration form, for example "ECT and mentor registrations".',
        }),
        enquiry: template().meta({
          title: "Enquiries",
          description: 'The submissions of the contact form, for example "Enquiries".',
        }),
      })
      .meta({
        title: "Form names",
        description: "What the staff area calls each form's submissions, in its lists, headings and links.",
      }),
    area: template().meta({
      title: "Staff area name",
      description:
        'The staff area\'s name, shown in the title of every staff page in the browser tab, for example "Staff area".',
    }),
    editSite: template().meta({
      title: "Link to the content editor",
      description:
        'The link, in the bar at the top of every staff page once signed in, to the content editor where the site\'s words, links and dates are changed, for example "Edit the site".',
    }),
    closedTitle: template().meta({
      title: "Closed: heading",
      description:
        'The heading of the page shown while nobody may sign in to the staff area, for example "The staff area is closed".',
    }),
    closed: template().meta({
      title: "Closed: message",
      description: "The message on that page: why nobody can sign in yet, and who can set it up.",
      multiline: true,
    }),
    signIn: z
      .strictObject({
        title: template().meta({
          title: "Sign-in page heading",
          description: 'The heading of the sign-in page, for example "Sign in to the staff area".',
        }),
        intro: template().meta({
          title: "Sign-in page introduction",
          description:
            "The words above the email address box: what happens when staff ask for a link. The link works once, for 15 minutes.",
          multiline: true,
        }),
        emailLabel: template().meta({
          title: "Email address label",
          description: 'The label of the email address box, for example "Email address".',
        }),
        emailMissing: template().meta({
          title: "Email address missing",
          description:
            'The message when the email address box is empty or holds no email address, for example "Enter your email address".',
        }),
        button: template().meta({
          title: "Sign-in button",
          description: 'The words on the button that asks for a link, for example "Email me a sign-in link".',
        }),
        sentTitle: template().meta({
          title: "Link sent: heading",
          description: 'The heading of the page shown after asking for a link, for example "Check your email".',
        }),
        sent: template().meta({
          title: "Link sent: message",
          description:
            "The message on that page. It says the same whether or not the address may sign in, so that it does not tell a stranger which addresses can.",
          multiline: true,
        }),
        again: template().meta({
          title: "Ask for another link",
          description: 'That page\'s link to ask for another link, for example "Request another link".',
        }),
        linkTitle: template().meta({
          title: "Sign-in link page heading",
          description: 'The heading of the page that the emailed link opens, for example "Sign in".',
        }),
        linkIntro: template().meta({
          title: "Sign-in link page message",
          description:
            'The words on that page above its button, for example "Select the button to sign in to the staff area on this device."',
          multiline: true,
        }),
        linkButton: template().meta({
          title: "Sign-in link page button",
          description: 'The words on that page\'s button, for example "Sign in".',
        }),
        linkRefused: template().meta({
          title: "Link no longer works",
          description: "The message when an emailed link has expired or has been used already.",
          multiline: true,
        }),
        signedInAs: template("email").meta({
          title: "Signed in as",
          description:
            'Shown at the top of each staff page, for example "Signed in as {email}", where {email} is filled in by the site with the staff member\'s email address.',
        }),
        signOut: template().meta({
          title: "Sign-out button",
          description: 'The words on the button that signs out, for example "Sign out".',
        }),
        signedOutTitle: template().meta({
          title: "Signed out",
          description: 'Shown on the sign-in page after signing out, for example "You have signed out".',
        }),
      })
      .meta({
        title: "Signing in",
        description: "The words of the pages where staff sign in, with a link sent to them by email, and sign out.",
      }),
    signInEmail: z
      .strictObject({
        subject: template("organisation").meta({
          title: "Subject",
          description:
            "The email's subject, for example \"Sign in to the {organisation} staff area\", where {organisation} is filled in by the site with the organisation's name.",
        }),
        intro: template("organisation").meta({
          title: "Before the link",
          description:
            "The sentence above the link. {organisation} is filled in by the site with the organisation's name.",
          multiline: true,
        }),
        ignore: template().meta({
          title: "After the link",
          description: "The sentence under the link, for someone who did not ask to sign in.",
          multiline: true,
        }),
      })
      .meta({
        title: "Sign-in email",
        description: "The email that sends staff their sign-in link.",
      }),
    refused: z
      .strictObject({
        title: template().meta({
          title: "Heading",
          description: 'The page\'s heading, for example "This request was refused".',
        }),
        crossSite: template().meta({
          title: "Not sent from the staff area",
          description: "Why a change was refused when it did not come from the staff area's own pages, and what to do.",
          multiline: true,
        }),
        signedOut: template().meta({
          title: "Not signed in",
          description: "Why a change was refused when the staff member is not signed in or their session has ended.",
          multiline: true,
        }),
        signInLink: template().meta({
          title: "Sign-in link",
          description: 'The page\'s link to the sign-in page, for example "Sign in".',
        }),
        notFound: template().meta({
          title: "No such page",
          description: "Shown for an address in the staff area where there is no page.",
          multiline: true,
        }),
      })
      .meta({
        title: "Refused requests",
        description: "The page shown when the staff area refuses a request.",
      }),
    dashboard: z
      .strictObject({
        title: template().meta({
          title: "Heading",
          description: 'The page\'s heading, for example "Submissions".',
        }),
        intro: template().meta({
          title: "Introduction",
          description: "The sentence under the heading.",
          multiline: true,
        }),
        form: template().meta({
          title: "Form column",
          description: 'The heading of the table\'s column of forms, for example "Form".',
        }),
        emailPending: template().meta({
          title: "Emails waiting column",
          description:
            'The heading of the column of how many emails are waiting to be sent, for example "Emails waiting".',
        }),
        view: template("form").meta({
          title: "View a form's submissions",
          description:
            "A link to one form's list of submissions, for example \"View {form}\", where {form} is filled in by the site with the form's name.",
        }),
      })
      .meta({
        title: "Dashboard",
        description: "The first page of the staff area: a table of each form's submissions, by status.",
      }),
    list: z
      .strictObject({
        filter: template().meta({
          title: "Filter heading",
          description: 'The heading of the filter, for example "Filter".',
        }),
        statusLabel: template().meta({
          title: "Status filter label",
          description: 'The label of the choice of status to show, for example "Status".',
        }),
        anyStatus: template().meta({
          title: "Any status",
          description: 'The status filter\'s choice of every status, for example "Any status".',
        }),
        searchLabel: template().meta({
          title: "Search box label",
          description:
            'The label of the box that finds submissions by what they say, for example "Reference, school or person".',
        }),
        apply: template().meta({
          title: "Apply button",
          description: 'The words on the button that applies the filter, for example "Apply filter".',
        }),
        clear: template().meta({
          title: "Clear link",
          description: 'The link that removes the filter, for example "Clear filter".',
        }),
        reference: template().meta({
          title: "Reference column",
          description: 'The heading of the column of reference numbers, for example "Reference".',
        }),
        sent: template().meta({
          title: "Sent column",
          description: 'The heading of the column of when each submission was sent, for example "Sent".',
        }),
        status: template().meta({
          title: "Status column",
          description: 'The heading of the column of statuses, for example "Status".',
        }),
        emails: template().meta({
          title: "Emails column",
          description: 'The heading of the column of the state of each submission\'s emails, for example "Emails".',
        }),
        trainingGroup: template().meta({
          title: "Training group column",
          description:
            'The heading of the column of training groups, for example "Training group". Only the ECT and mentor registrations have it.',
        }),
        caption: template("form", "page").meta({
          title: "Table name",
          description:
            "The name screen readers give the table, for example \"{form}: page {page}\", where the site fills in {form} with the form's name and {page} with the page's number. It is not shown on screen.",
        }),
        none: template().meta({
          title: "No submissions",
          description: 'Shown instead of the table when no submission matches, for example "No submissions match."',
        }),
        export: template().meta({
          title: "Download link",
          description:
            'The link that downloads all the form\'s submissions as a spreadsheet, for example "Download as CSV (spreadsheet)".',
        }),
        exportFiltered: template().meta({
          title: "Download filtered link",
          description: "The same link while a filter is applied: it downloads the submissions that match.",
        }),
        previous: template().meta({
          title: "Previous page link",
          description: 'The link to the previous page of submissions, for example "Previous".',
        }),
        next: template().meta({
          title: "Next page link",
          description: 'The link to the next page of submissions, for example "Next".',
        }),
        pagination: template().meta({
          title: "Page links name",
          description:
            'The name screen readers give the Previous and Next links, for example "Pages of submissions". It is not shown on screen.',
        }),
        deleted: template("reference").meta({
          title: "Deleted",
          description:
            'Shown after a submission is deleted, for example "Submission {reference} has been deleted.", where {reference} is filled in by the site with its reference number.',
        }),
        back: template().meta({
          title: "Back link",
          description: 'The link back to the dashboard, for example "All forms".',
        }),
      })
      .meta({
        title: "Submission lists",
        description:
          "The page that lists one form's submissions, with its filter, its download links and its links to further pages.",
      }),
    submission: z
      .strictObject({
        title: template("form", "reference").meta({
          title: "Heading",
          description:
            "The page's heading, for example \"{form} {reference}\", where the site fills in {form} with the form's name and {reference} with the reference number.",
        }),
        details: template().meta({
          title: "Details heading",
          description: 'The heading above the submission\'s details, for example "Submission".',
        }),
        reference: template().meta({
          title: "Reference",
          description: 'The label of the reference number, for example "Reference".',
        }),
        sent: template().meta({
          title: "Sent",
          description: 'The label of when it was sent, for example "Sent".',
        }),
        status: template().meta({
          title: "Status",
          description: 'The label of its status, for example "Status".',
        }),
        trainingGroup: template().meta({
          title: "Training group",
          description:
            'The label of the training group the ECT or mentor is allocated to, for example "Training group".',
        }),
        noGroup: template().meta({
          title: "No group",
          description:
            'Shown when the ECT or mentor is not allocated to a group, and as the first choice of the list of groups, for example "None".',
        }),
        note: template().meta({
          title: "Note",
          description: 'The label of the staff\'s note, for example "Note".',
        }),
        answers: template().meta({
          title: "Answers heading",
          description: 'The heading above the answers, for example "Answers".',
        }),
        emails: template().meta({
          title: "Emails heading",
          description: 'The heading above the state of each email, for example "Emails".',
        }),
        emailSent: template("when").meta({
          title: "Email sent",
          description:
            'When an email was sent, for example "sent {when}", where {when} is filled in by the site with the date and time.',
        }),
        emailAttempts: template("attempts").meta({
          title: "Email attempts",
          description:
            'How many times the site tried to send an email, for example "{attempts} attempt(s)", where {attempts} is filled in by the site with the number.',
        }),
        emailNotTried: template().meta({
          title: "No email tried",
          description:
            'Shown when the site has not tried to send any email of the submission yet, for example "Not tried yet".',
        }),
        history: template().meta({
          title: "History heading",
          description: 'The heading above the changes made to the submission, for example "History".',
        }),
        noHistory: template().meta({
          title: "No history",
          description: 'Shown when nothing has been changed yet, for example "Nothing has been changed yet."',
        }),
        when: template().meta({
          title: "When column",
          description: 'The heading of the history\'s column of when each change was made, for example "When".',
        }),
        who: template().meta({
          title: "Who column",
          description: 'The heading of the column of who made each change, for example "Who".',
        }),
        what: template().meta({
          title: "What column",
          description: 'The heading of the column of what changed, for example "What".',
        }),
        changed: template("what", "from", "to").meta({
          title: "A change",
          description:
            'A change in the history, for example "{what}: {from} to {to}". The site fills in {what} with what changed (its name from "Change names"), and {from} and {to} with the values before and after.',
        }),
        emailChanged: template("email", "from", "to").meta({
          title: "An email's change",
          description:
            "A change of an email's state in the history, for example \"Email {email}: {from} to {to}\". The site fills in {email} with the email's name, and {from} and {to} with its states before and after.",
        }),
        nothing: template().meta({
          title: "Nothing",
          description: 'Shown for a value that is empty, such as no note, for example "none".',
        }),
        actions: template().meta({
          title: "Actions heading",
          description: 'The heading above what staff can do with the submission, for example "Actions".',
        }),
        changeStatus: template().meta({
          title: "Change status heading",
          description: 'The heading of the choice of status, for example "Change the status".',
        }),
        saveStatus: template().meta({
          title: "Save status button",
          description: 'The words on the button that saves the status, for example "Save status".',
        }),
        allocate: template().meta({
          title: "Training group heading",
          description:
            'The label of the choice of training group, for example "Allocate to a training group". Only ECT and mentor registrations have it.',
        }),
        saveGroup: template().meta({
          title: "Save group button",
          description: 'The words on the button that saves the training group, for example "Save training group".',
        }),
        noGroups: template().meta({
          title: "No training groups",
          description: "Shown instead of the choice of group while no training groups are set up.",
          multiline: true,
        }),
        noteLabel: template().meta({
          title: "Note box label",
          description: 'The label of the box for a note that only staff see, for example "Internal note (staff only)".',
        }),
        saveNote: template().meta({
          title: "Save note button",
          description: 'The words on the button that saves the note, for example "Save note".',
        }),
        resend: template().meta({
          title: "Resend",
          description:
            'The heading and the button that send the submission\'s emails again, for example "Resend the emails".',
        }),
        resendHint: template().meta({
          title: "Resend hint",
          description: "The sentence under that heading, on what resending does.",
          multiline: true,
        }),
        delete: template().meta({
          title: "Delete link",
          description: 'The link to the page that deletes the submission, for example "Delete this submission".',
        }),
        saved: template().meta({
          title: "Saved",
          description: 'Shown after a change is saved, for example "Saved."',
        }),
        resent: template().meta({
          title: "Resent",
          description:
            'Shown after staff ask for the emails to be sent again, for example "The emails are being sent again."',
        }),
        missing: template().meta({
          title: "No such submission",
          description: "Shown for a submission that does not exist, perhaps because it has been deleted.",
          multiline: true,
        }),
        errorTitle: template().meta({
          title: "Error heading",
          description:
            'The heading of the box that lists what to correct when a change is refused, for example "There is a problem".',
        }),
        backToList: template("form").meta({
          title: "Back to the list",
          description:
            'The link back to the list of submissions, for example "Back to {form}", where {form} is filled in by the site with the form\'s name.',
        }),
      })
      .meta({
        title: "Submission page",
        description:
          "The page of one submission: its details, what staff can do with it, the answers, its emails and its history of changes.",
      }),
    deletion: z
      .strictObject({
        title: template("reference").meta({
          title: "Heading",
          description:
            'The page\'s heading, for example "Delete submission {reference}?", where {reference} is filled in by the site with the reference number.',
        }),
        warning: template().meta({
          title: "Warning",
          description: "The warning above the buttons: what deleting erases, and that it cannot be undone.",
          multiline: true,
        }),
        confirm: template().meta({
          title: "Delete button",
          description: 'The words on the button that deletes the submission, for example "Yes, delete it".',
        }),
        cancel: template().meta({
          title: "Keep link",
          description: 'The link back that keeps the submission, for example "No, keep it".',
        }),
      })
      .meta({
        title: "Deleting a submission",
        description: "The page that asks staff to confirm that a submission is to be deleted.",
      }),
    /** Shown by functions/lib/submissions.ts. */
    changeErrors: z
      .strictObject({
        status: template("statuses").meta({
          title: "Unknown status",
          description:
            'When the status chosen is not one of the statuses, for example "The status must be one of: {statuses}.", where {statuses} is filled in by the site with the list of statuses.',
        }),
        groupNotAllocated: template().meta({
          title: "Form without training groups",
          description: "When a training group is chosen for a submission that is not an ECT or mentor registration.",
          multiline: true,
        }),
        unknownGroup: template("group").meta({
          title: "Unknown training group",
          description:
            "When the training group chosen is not one of the training groups. {group} is filled in by the site with the group chosen.",
          multiline: true,
        }),
        noteTooLong: template("max").meta({
          title: "Note too long",
          description:
            'When a note is too long, for example "The note must be {max} characters or fewer.", where {max} is filled in by the site with the largest number of characters allowed.',
        }),
      })
      .meta({
        title: "Refused changes",
        description: "Why a change that staff asked for cannot be made, shown on the submission's page.",
      }),
    fields: z
      .strictObject({
        status: template().meta({
          title: "Status",
          description: 'A change of status, for example "status".',
        }),
        trainingGroup: template().meta({
          title: "Training group",
          description: 'A change of training group, for example "training group".',
        }),
        note: template().meta({
          title: "Note",
          description: 'A change of the note, for example "note".',
        }),
        email: template().meta({
          title: "Email",
          description: 'A change of an email\'s state, for example "email".',
        }),
      })
      .meta({
        title: "Change names",
        description:
          "What each kind of change is called in a submission's history, in small letters as they sit in a sentence.",
      }),
  })
  .meta({
    title: "Staff area words",
    description:
      "The words of the staff area, where the alliance's staff sign in to see and manage what people send through the site's forms: its pages, its sign-in email and its spreadsheet download.",
  });

/** The staff tools' words. */
export type StaffWords = z.infer<typeof staffWordsSchema>;
