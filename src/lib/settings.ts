import raw from "../../content/settings.json" with { type: "json" };
import { settingsSchema, type Settings } from "../schemas/settings.ts";

/** Checks settings and names the file and each bad field, so a typo fails the build legibly. */
export function parseSettings(input: unknown, file = "content/settings.json"): Settings {
  const result = settingsSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  throw new Error(`${file} has ${problems.length} bad field(s):\n${problems.join("\n")}`);
}

/** The organisation's settings, checked once at import. */
export const settings: Settings = parseSettings(raw);
