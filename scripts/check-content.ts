/**
 * Prints the go-live list: every setting and link the alliance has not supplied yet.
 * `--strict` exits 1 while anything is unset (for a release pipeline); without it, 0.
 */
import { findUnset } from "../src/lib/go-live.ts";

const strict = process.argv.includes("--strict");
const unset = findUnset();

if (unset.length === 0) {
  console.log("Go-live list: nothing unset.");
} else {
  console.log(`Go-live list: ${unset.length} item(s) unset.`);
  for (const item of unset) console.log(`  ${item.file}  ${item.key}: ${item.label}`);
}
if (strict && unset.length > 0) process.exitCode = 1;
