import type { Config, Context } from "@netlify/functions";
import { handleStaffRequest } from "./lib/staff/routes.ts";

/**
 * The staff area: sign-in by emailed link, the forms' submissions, their handling and CSV export. Every page is
 * rendered here, for signed-in staff only (functions/lib/staff/routes.ts has the routes and who may use them).
 */
export default async (req: Request, context: Context) => handleStaffRequest(req, context);

export const config: Config = {
  path: ["/staff", "/staff/*"],
};
