/**
 * Where the editor saves online: the site's GitHub repository, signed in through Netlify (its GitHub OAuth provider,
 * free). Each save is a commit to the branch, which Netlify builds and publishes; a change that fails the build is not
 * published. Netlify's build tells which repository and branch it builds (REPOSITORY_URL, BRANCH), so nothing needs
 * setting. Locally, `npm run edit` puts decap-server in its place (scripts/editor/).
 */

/**
 * The "owner/name" of a GitHub repository address as Netlify gives it (https, possibly with an access token in it,
 * or git@), or null for any other host. Only the owner and name are kept: a token must never reach the page.
 */
export function githubRepository(address: string | undefined): string | null {
  const match = /^(?:https:\/\/(?:[^@/]+@)?github\.com\/|git@github\.com:)([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(
    address ?? "",
  );
  return match?.[1] ?? null;
}

/** The GitHub backend for a repository, or null while none is known (a local build). */
export function githubBackend(repository: string | null, branch: string) {
  return {
    name: "github",
    // Decap needs a repository name to start. Without one, the page says that online editing is not set up
    // (admin-page.ts), and only `npm run edit` works.
    repo: repository ?? "not-set-up/no-repository",
    branch,
    base_url: "https://api.netlify.com",
    auth_endpoint: "auth",
  };
}
