/**
 * Pagefind's excerpts, and carrying their highlighting onto the page a result links to.
 *
 * The carrying is done with URL text fragments (`#:~:text=`): the browser itself highlights the words and scrolls
 * to them, so content pages stay free of JavaScript. (Pagefind's own `pagefind-highlight.js` would need a script on
 * every content page.) Browsers without text fragments simply open the page, or the heading, as before.
 */

/** A run of excerpt text, marked (a word searched for) or not. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'", "#x27": "'" };
/** Text from HTML that has only the escapes of text (`&amp;`, `&lt;`, `&#39;` …), as Pagefind and Astro write it. */
export const decodeHtmlText = (html: string) =>
  html.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name: string) => entities[name]!);

/**
 * Splits an excerpt from Pagefind (plain text with `<mark>`s) into parts; any other markup is dropped. Pagefind marks
 * whole tokens, punctuation and all ("(Canvas),"); here only the word is marked, and the punctuation is plain text.
 */
export function parseExcerpt(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const add = (text: string, marked: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && !last.marked && !marked) last.text += text;
    else parts.push({ text, marked });
  };
  for (const chunk of html.split(/(<mark>[\s\S]*?<\/mark>)/)) {
    const marked = chunk.startsWith("<mark>");
    const text = decodeHtmlText((marked ? chunk.slice(6, -7) : chunk).replace(/<[^>]*>/g, ""));
    if (!marked) add(text, false);
    else {
      const [, before = "", word = "", after = ""] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(text) ?? [];
      add(before, false);
      add(word, true);
      add(after, false);
    }
  }
  return parts;
}

/** Whether a word is only letters and digits (with ' or - inside), so that the page has it just as the excerpt does. */
const isPlainWord = (word: string | undefined): word is string =>
  !!word && /^[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*$/u.test(word);
const encode = (text: string) => encodeURIComponent(text).replace(/-/g, "%2D");

/**
 * The text directives that highlight an excerpt's marked phrases on the page: up to three, in order, each with the
 * word before it (or after it) as context where that is safe, so that "Induction" is found in the answer rather
 * than in the site's header. Words marked with only a space between them make one phrase. No context or phrase
 * spans punctuation: where a block ends Pagefind adds a full stop that the page does not have.
 * Returns "" when nothing is marked.
 */
export function textFragment(parts: ExcerptPart[]): string {
  const directives = new Set<string>();
  for (let index = 0; index < parts.length && directives.size < 3; index++) {
    if (!parts[index]!.marked) continue;
    const first = index;
    let phrase = parts[index]!.text;
    while (parts[index + 1]?.text === " " && parts[index + 2]?.marked) {
      index += 2;
      phrase += " " + parts[index]!.text;
    }
    const before = parts[first - 1]?.text ?? "";
    const after = parts[index + 1]?.text ?? "";
    const prefix = before.endsWith(" ") ? before.trimEnd().split(" ").pop() : undefined;
    const suffix = after.startsWith(" ") ? after.trimStart().split(" ")[0] : undefined;
    if (isPlainWord(prefix)) directives.add(`${encode(prefix)}-,${encode(phrase)}`);
    else if (isPlainWord(suffix)) directives.add(`${encode(phrase)},-${encode(suffix)}`);
    else directives.add(encode(phrase));
  }
  return directives.size > 0 ? ":~:" + [...directives].map((directive) => `text=${directive}`).join("&") : "";
}

/** A result's URL, with a text fragment that highlights its excerpt's marked phrases when followed. */
export function highlightedUrl(url: string, excerpt: string): string {
  const fragment = textFragment(parseExcerpt(excerpt));
  if (!fragment) return url;
  return url.includes("#") ? url + fragment : `${url}#${fragment}`;
}
