/**
 * `npm start`: builds the site, then serves it on http://localhost:8888 through Netlify's own local
 * emulation (netlify-cli, offline): static files, headers, the form functions and a local Blobs store.
 * No account, login or network needed.
 */
import { spawn, spawnSync } from "node:child_process";

import { resolve } from "node:path";

if (spawnSync("npm", ["run", "build"], { stdio: "inherit" }).status !== 0) process.exit(1);

// Without SMTP_URL the form functions write each email as an .eml file here.
const outbox = resolve(process.env.OUTBOX_DIR ?? ".outbox");
console.log(process.env.SMTP_URL ? "Emails go to the SMTP server in SMTP_URL." : `Emails are written to ${outbox}`);

const netlify = spawn("netlify", ["dev", "--offline", "--no-open", "--port", "8888"], {
  stdio: "inherit",
  env: { ...process.env, OUTBOX_DIR: outbox, NO_UPDATE_NOTIFIER: "1", NETLIFY_TELEMETRY_DISABLED: "1" },
});
// Pass a stop on to netlify itself: it would outlive an npm wrapper that is signalled alone.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => netlify.kill(signal));
netlify.on("exit", (code) => process.exit(code ?? 0));
