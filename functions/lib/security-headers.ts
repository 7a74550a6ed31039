/**
 * The security headers of every response. netlify.toml sets them on the static site; Netlify does not
 * apply those to function responses, so the functions set them from here (a unit test keeps the two
 * the same). Scripts and styles are limited by the CSP <meta> Astro writes into each page, with hashes.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy": "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
  "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};
