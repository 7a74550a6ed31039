/** A `{placeholder}` in words from content. */
const PLACEHOLDER = /\{([^}]*)\}/g;

/** The names of the placeholders in words from content, in order: what the build checks against the code. */
export const placeholdersIn = (text: string): string[] => Array.from(text.matchAll(PLACEHOLDER), (match) => match[1]!);

/**
 * Fills the `{placeholders}` of words from content with values. The build has checked that each text uses only
 * the placeholders its code supplies (src/schemas/interface.ts); one that is missing here is a bug, so it throws.
 */
export function fillIn(text: string, values: Record<string, string | number>): string {
  return text.replace(PLACEHOLDER, (_, name: string) => {
    if (!(name in values)) throw new Error(`No value for {${name}} in "${text}"`);
    return String(values[name]);
  });
}
