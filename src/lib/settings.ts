import raw from "../../content/settings.json" with { type: "json" };
import type { Settings } from "../schemas/settings.ts";

/**
 * The organisation's settings. The build checks them against their schema before anything renders
 * (src/integrations/content-check.ts), so the functions that ship with it read checked values, without a
 * schema library to load at every cold start.
 */
export const settings = raw as Settings;
