import { escapeHtml } from "./http.ts";

/** A piece of HTML that is already safe: it is inserted as it is, not escaped again. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

/**
 * A template tag for email HTML that escapes every interpolated value unless it is {@link SafeHtml}
 * (another `html` template, or an array of them): user input can never become markup.
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
