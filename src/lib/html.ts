/**
 * Escaped HTML from strings, with no DOM: shared by the functions (pages and emails) and by the browser (search
 * results), so that both write the same markup and neither can turn a value into markup.
 */

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe to place in HTML, in content or in a quoted attribute. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);

/** A piece of HTML that is already safe: it is inserted as it is, not escaped again. */
export class SafeHtml {
  // Not a parameter property: Node runs this file as it is (scripts/edit.ts), and strips types only.
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString() {
    return this.value;
  }
}

/**
 * A template tag that escapes every interpolated value unless it is {@link SafeHtml} (another `html` template, or
 * an array of them): user input can never become markup. `null` and `undefined` write nothing.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  const render = (value: unknown): string =>
    value instanceof SafeHtml
      ? value.value
      : Array.isArray(value)
        ? value.map(render).join("")
        : escapeHtml(String(value ?? ""));
  return new SafeHtml(
    strings.reduce((out, part, index) => out + part + (index < values.length ? render(values[index]) : ""), ""),
  );
}
