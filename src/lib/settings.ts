import raw from "../../content/settings.json" with { type: "json" };
import type { Settings } from "../schemas/settings.ts";
import { blanksAsNull } from "./blank.ts";

/**
 * The organisation's settings. The build checks them against their schema before anything renders
 * (src/integrations/content-check.ts), so the functions that ship with it read checked values, without a
 * schema library to load at every cold start. A setting left empty in the content editor (`""`) reads as `null`.
 */
export const settings = blanksAsNull(raw) as Settings;

/** A setting's value in words: a number with its unit after it (`one` when it is 1, else `other`) if one is given. */
export function settingWords(value: string | number, one?: string, other?: string): string {
  const unit = typeof value === "number" ? (value === 1 ? one : other) : undefined;
  return unit ? `${value} ${unit}` : String(value);
}
