import { settingWords } from "./settings.ts";
import type { Link } from "../schemas/links";

/** What an MDX answer may refer to: link and setting values by key. */
export interface PlainTextContext {
  links: Record<string, Pick<Link, "title" | "url">>;
  settings: Partial<Record<string, string | number | null>>;
  /** What an unset setting reads as. */
  unset: string;
}

/**
 * Turns a short MDX answer into plain text for FAQPage JSON-LD: components become their words,
 * Markdown links their text. Unknown keys throw, as they do when the page itself renders.
 */
export function mdxToPlainText(body: string, { links, settings, unset }: PlainTextContext): string {
  return body
    .replace(/<ExternalLink\s+id="([^"]+)"\s*\/>/g, (_, id: string) => {
      const link = links[id];
      if (!link) throw new Error(`Unknown link key "${id}"`);
      return link.url ? `${link.title} (${link.url})` : link.title;
    })
    .replace(
      /<Setting\s+name="([^"]+)"(?:\s+one="([^"]*)")?(?:\s+other="([^"]*)")?\s*\/>/g,
      (_, name: string, one?: string, other?: string) => {
        if (!(name in settings)) throw new Error(`Unknown setting "${name}"`);
        const value = settings[name];
        return value == null ? unset : settingWords(value, one, other);
      },
    )
    .replace(/\[([^\]]+)\]\([^)]+\)/g, "$1")
    .replace(/[*_`]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
