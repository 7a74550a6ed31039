/**
 * The check of what the MDX bodies (content/**\/*.mdx) refer to: every `<ExternalLink id>` and `<LinkList ids>` must
 * name keys of content/links.json, every `<Setting name>` a key of content/settings.json, every component tag one the
 * site provides (src/user-components/names.ts), and every id, ids and name be written so that this check can read
 * it. The build runs it with the other content checks (src/lib/content-check.ts) and fails with one message listing
 * every problem, each as `file:line: <Tag …> — what is wrong`. The components still throw when they render.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { mdxToMdast, type MdxJsxFlowElement, type MdxJsxTextElement } from "satteri";
import { pageComponentNames, userComponentNames } from "../user-components/names.ts";

/** The keys a body may refer to. */
export interface BodyKeys {
  /** The keys of content/links.json. */
  links: readonly string[];
  /** The keys of content/settings.json. */
  settings: readonly string[];
}

/** What each referring component's attribute names. */
const referring: Record<string, { attribute: string; list: boolean; kind: "link" | "setting" }> = {
  ExternalLink: { attribute: "id", list: false, kind: "link" },
  LinkList: { attribute: "ids", list: true, kind: "link" },
  Setting: { attribute: "name", list: false, kind: "setting" },
};

const keysFile = { link: "content/links.json", setting: "content/settings.json" } as const;

type Element = MdxJsxFlowElement | MdxJsxTextElement;
interface TreeNode {
  type: string;
  children?: TreeNode[];
}

/** Every MDX file under `root`, as a path like `content/faq/x.mdx`, in order. */
export function mdxFiles(root = "content"): string[] {
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(".mdx"))
    .map((path) => join(root, path).split("\\").join("/"))
    .sort();
}

/** The problems in one MDX file's references; `file` names it in each (and picks its page's own components). */
export function bodyProblems(file: string, source: string, keys: BodyKeys): string[] {
  let tree: TreeNode;
  try {
    tree = mdxToMdast(source) as TreeNode;
  } catch (error) {
    // The parser's message starts "line:column: ".
    const message = error instanceof Error ? error.message : String(error);
    const [, line = "1", rest = message] = /^(\d+):\d+: ([\s\S]*)$/.exec(message) ?? [];
    return [`${file}:${line}: the text cannot be read as MDX — ${rest}`];
  }
  const components = [...userComponentNames, ...(pageComponentNames[file] ?? [])];
  const problems: string[] = [];
  const visit = (node: TreeNode) => {
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      const element = node as unknown as Element;
      const where = `${file}:${element.position?.start.line ?? 1}`;
      problems.push(...elementProblems(element, components, keys).map((problem) => `${where}: ${problem}`));
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return problems;
}

/** The problems in every MDX body under `root`. */
export function bodyReferenceProblems(keys: BodyKeys, root = "content"): string[] {
  return mdxFiles(root).flatMap((file) => bodyProblems(file, readFileSync(file, "utf8"), keys));
}

/** Throws one error listing every problem, if there are any. */
export function throwIfBodyProblems(problems: string[]): void {
  if (problems.length) {
    throw new Error(`The MDX bodies have ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
  }
}

/** One element's problems: an unknown component, or an id, ids or name that is missing, unreadable or unknown. */
function elementProblems(element: Element, components: readonly string[], keys: BodyKeys): string[] {
  const { name } = element;
  // A fragment (<>…</>), or an HTML element: lower case without a dot, unless it is a component in the wrong case.
  if (name === null) return [];
  if (/^[a-z]/.test(name) && !name.includes(".")) {
    const component = components.find((known) => known.toLowerCase() === name.toLowerCase());
    return component ? [`<${name}> — components start with a capital: write <${component}>`] : [];
  }
  if (!components.includes(name)) {
    const near = closest(name, components);
    const hint = near ? `did you mean ${near}?` : `it has ${components.join(", ")}`;
    return [`<${name}> — the site has no component "${name}"; ${hint}`];
  }
  const reference = referring[name];
  if (!reference) return [];
  const { attribute, list, kind } = reference;
  const shape = list ? `${attribute}={["…", "…"]}` : `${attribute}="…"`;
  const spread = element.attributes.find((each) => each.type === "mdxJsxExpressionAttribute");
  if (spread) return [`<${name} {${spread.value}}> — it cannot be checked: write ${shape}`];
  const given = element.attributes.find((each) => each.type === "mdxJsxAttribute" && each.name === attribute);
  const keysWord = list ? "the keys" : "the key";
  if (!given) return [`<${name}> — no ${attribute}: write ${shape} with ${keysWord} of ${keysFile[kind]}`];
  const { value } = given;
  const written =
    value === null || value === undefined ? "" : typeof value === "string" ? `="${value}"` : `={${value.value}}`;
  const values = readKeys(value, list);
  if (!values)
    return [`<${name} ${attribute}${written}> — it cannot be checked: write ${shape}, ${keysWord} in quotes`];
  const known = kind === "link" ? keys.links : keys.settings;
  return values
    .filter((key) => !known.includes(key))
    .map((key) => {
      const near = closest(key, known);
      const tag = list ? `<${name} ${attribute}={[…"${key}"…]}>` : `<${name} ${attribute}="${key}">`;
      return `${tag} — no ${kind} "${key}" in ${keysFile[kind]}${near ? `; did you mean ${near}?` : ""}`;
    });
}

/** A string in quotes (no escapes), then a comma or the end. */
const quoted = /^(?:"([^"\\\n]*)"|'([^'\\\n]*)')\s*(?:,\s*|$)/;

/**
 * The key(s) an attribute's value names: text (`id="key"`) or, in braces, one string in quotes (`id={"key"}`), or for
 * a list a list of them (`ids={["a", "b"]}`). Anything else (a variable, a sum, a template) is `undefined`: unreadable.
 */
function readKeys(value: Element["attributes"][number]["value"], list: boolean): string[] | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") return list ? undefined : [value];
  let rest = value.value.trim();
  if (list) {
    const inner = /^\[([\s\S]*)\]$/.exec(rest)?.[1];
    if (inner === undefined) return undefined;
    rest = inner.trim();
  }
  const found: string[] = [];
  while (rest) {
    const match = quoted.exec(rest);
    if (!match) return undefined;
    found.push(match[1] ?? match[2]!);
    rest = rest.slice(match[0].length);
  }
  return list || found.length === 1 ? found : undefined;
}

/** The candidate nearest to `word` if it is near enough to be what was meant (a slip of a few letters), else none. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(word.length / 4));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** How many letters to add, remove or change to turn `a` into `b` (Levenshtein distance). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
