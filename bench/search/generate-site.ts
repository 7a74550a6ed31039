/**
 * Makes a copy of the site in a temporary folder whose FAQ has `count` entries: the real ones plus generated
 * questions and answers, worded from the real content's vocabulary and invented words (a seeded generator, so
 * every run builds the same site). node_modules is linked package by package, so that Astro's and Vite's caches
 * are written inside the copy, not into the project.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { scratchCopy } from "../../scripts/editor/scratch-copy.ts";

/** A small, seeded pseudo-random generator (mulberry32). */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const realWords = `register mentor teacher induction tutor headteacher school programme dashboard canvas welcome pack
  conference handbook delivery partner lead provider network training evidence assessment observation review
  timetable cover payment funding grant claim deadline term September January April form email contact phone
  placement year second first transfer change details data check service record progress attendance session
  module online learning coordinator appropriate body statutory entitlement release time portfolio meeting`
  .split(/\s+/)
  .filter(Boolean);
const syllables = ["ka", "lo", "mi", "ren", "tas", "vo", "pel", "dri", "ston", "ga", "ber", "nu", "shi", "wen", "cor"];

/** Writes the site; returns its folder and some of the questions generated (to search for). */
export function generateSite(projectRoot: string, count: number): { root: string; questions: string[] } {
  const next = random(20261128);
  const pick = <T>(items: T[]) => items[Math.floor(next() ** 1.6 * items.length)]!; // Zipf-like: early items commoner
  const invented = Array.from({ length: 3000 }, () =>
    Array.from({ length: 2 + Math.floor(next() * 2) }, () => syllables[Math.floor(next() * syllables.length)]).join(""),
  );
  const vocabulary = [...realWords, ...invented];
  const phrase = (length: number) => Array.from({ length }, () => pick(vocabulary)).join(" ");

  const root = scratchCopy(projectRoot, "btsa-search-bench-");

  const topicsFile = JSON.parse(readFileSync(join(root, "content/faq-topics.json"), "utf8")) as {
    items: { id: string }[];
  };
  const topics = topicsFile.items.map(({ id }) => id);
  const real = readdirSync(join(root, "content/faq")).length;
  const questions: string[] = [];
  for (let index = 1; index <= count - real; index++) {
    const question = `How do we ${phrase(1)} the ${phrase(2)} for ${phrase(2)}?`;
    const sentences = Array.from(
      { length: 3 + Math.floor(next() * 5) },
      () => `${phrase(8 + Math.floor(next() * 10))}.`,
    );
    const body = sentences
      .join(" ")
      .replace(/(^|\. )(\w)/g, (_, start: string, letter: string) => start + letter.toUpperCase());
    const frontmatter = `question: ${JSON.stringify(question)}\ntopic: ${topics[index % topics.length]}\norder: ${100 + index}`;
    writeFileSync(
      join(root, `content/faq/generated-${index}.mdx`),
      `---\n${frontmatter}\nreviewed: 2026-11-28\n---\n\n${body}\n`,
    );
    questions.push(question);
  }
  return { root, questions };
}
