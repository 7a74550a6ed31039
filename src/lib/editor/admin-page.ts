/**
 * The content editor's page, `/admin/`: Decap CMS from the site's own files (src/integrations/editor.ts copies
 * them), configured by `/admin/config.yml`, started by `/admin/start.js` (admin-start.ts), which registers the
 * site's JSON format first. It is written as a plain file, not an Astro page: Astro gives every
 * page a CSP <meta> with hashes, which would stop Decap; the editor's own policy is netlify.toml's `/admin/*` rule.
 */
import { escapeHtml } from "../html.ts";

/** Where the editor's files are served from. */
export const EDITOR_PATH = "/admin/";

export interface AdminPageOptions {
  /** The organisation's short name, for the title. */
  organisationName: string;
  /** The GitHub repository the editor saves to online ("owner/name"), or null in a build outside Netlify. */
  repository: string | null;
}

/** The page's HTML. While no repository is set, it says so above the editor: only local editing works then. */
export function adminPage({ organisationName, repository }: AdminPageOptions): string {
  const notice = repository
    ? ""
    : `<p role="note">This copy of the editor was not built by Netlify, so it cannot save online. On your own computer,
      <code>npm run edit</code> opens an editor that saves to your files (the README's "Editing the site").</p>\n`;
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <title>Content editor – ${escapeHtml(organisationName)}</title>
    <link rel="cms-config-url" type="text/yaml" href="${EDITOR_PATH}config.yml" />
  </head>
  <body>
    ${notice}<script type="module" src="${EDITOR_PATH}start.js"></script>
  </body>
</html>
`;
}
