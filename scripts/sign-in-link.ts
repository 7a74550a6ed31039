/**
 * `npm run sign-in-link`: prints the newest staff sign-in link in the local outbox (OUTBOX_DIR, else .outbox/),
 * for signing in to the staff area under `npm start` without an SMTP server. Optionally only for one address:
 * `npm run sign-in-link -- manager@btsa.example`.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { outboxDir } from "../functions/lib/mailer.ts";
import { staffPaths } from "../functions/lib/staff/paths.ts";

const folder = outboxDir();
const address = process.argv[2]?.toLowerCase();
const files = (await readdir(folder).catch(() => []))
  .filter((name) => name.endsWith(".eml"))
  .sort()
  .reverse();
for (const name of files) {
  const mail = await simpleParser(await readFile(join(folder, name)));
  const link = mail.text?.match(new RegExp(`\\S+${staffPaths.signInLink}\\?token=\\S+`))?.[0];
  if (link && (!address || mail.to?.toString().toLowerCase().includes(address))) {
    console.log(link);
    process.exit(0);
  }
}
console.error(`No sign-in link in ${folder}: request one at /staff/ first.`);
process.exit(1);
