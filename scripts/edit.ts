/**
 * `npm run edit`: the content editor on this computer, with no account and no network. It builds the site (which
 * writes the editor's page and configuration), starts the editor on 127.0.0.1 and prints where to go. Edits are
 * saved into a scratch copy of the project, so the working tree does not change, unless `-- --here` is given.
 *
 *   npm run edit                     edit a scratch copy (its folder is printed)
 *   npm run edit -- --here           edit this folder's content/ (then `git diff` shows the changes)
 *   npm run edit -- --port 8080      the editor's port (default 8080; 0 is any free one)
 *   npm run edit -- --no-build       use the site as last built (faster; the editor's fields are those of that build)
 */
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { startEditor } from "./editor/edit-server.ts";
import { scratchCopy } from "./editor/scratch-copy.ts";

const { values } = parseArgs({
  options: {
    here: { type: "boolean", default: false },
    port: { type: "string", default: "8080" },
    build: { type: "boolean", default: true },
  },
  allowNegative: true,
});

if (values.build) {
  console.log("Building the site, with the editor's page and settings…");
  if (spawnSync("npm", ["run", "build"], { stdio: ["ignore", "ignore", "inherit"] }).status !== 0) {
    console.error(
      "The build failed: the content has a mistake, named above. Correct it, then run `npm run edit` again.",
    );
    process.exit(1);
  }
}

const repository = values.here ? process.cwd() : scratchCopy(process.cwd(), "btsa-edit-");
const editor = await startEditor({ repository, port: Number(values.port) });
console.log(`
The content editor is ready: open ${editor.url} and select "Login" (no account is needed on this computer).
Your changes are saved in ${repository}/content/${values.here ? "" : " (a scratch copy: this folder does not change)"}.
To see them on the site, build that folder: cd ${repository} && npm run build. Press Ctrl+C to stop the editor.`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void editor.stop().then(() => process.exit(0));
  });
}
