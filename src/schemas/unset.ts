import { z } from "astro/zod";
import { blankAsNull } from "../lib/blank.ts";

/**
 * A value the alliance has not supplied yet: `null` in content, listed by `npm run check:content`. Empty text (or
 * only spaces), which the content editor saves when the field is cleared, reads as `null` too.
 */
export const unset = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsNull, schema.nullable());
