import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { builtPagePaths } from "../support/site-pages";

/** Facts of the alliance's page (shared/source/ecf-register-your-school.txt), as the site words them. */
const SOURCE_FACTS = [
  "01268 754137",
  "high quality CPD for teachers has a significant positive effect on pupil outcomes",
  "most cost-effective way to boost pupil attainment",
  "School Induction Tutors must register their ECTs and Mentors on the",
  "collect additional details directly from the ECTs and ECMs",
  "allocation to their local training group",
  "you will be prompted with instructions for next steps within the",
  "register with Best Practice Network via the BPN website",
  "Schools already working with Best Practice Network do not need to re-register with BPN",
  "Schools do not need to re-register ECTs and ECMs moving into the second year",
  "schools can check the data held about their early career teachers and mentors",
  "follow-on BPN registration form to capture additional information",
  "select BTSA from the list of delivery partners",
  "preparatory information about the ECF programme",
  "register themselves for their Induction Conference",
  "ECF participant support team",
  "user-friendly way for Headteachers and Induction Tutors",
  "Monitor ECT and mentor registrations and information",
  "workload planning and staff cover",
  "Make changes to participant details",
  "Access the latest newsletters, policies and guidance",
  "Monitor ECT and mentor progress and attendance",
  "Virtual Learning Environment (Canvas)",
  "BPN Early Career Framework brochure",
  "Best Practice Network Early Career Framework",
  "Best Practice Network - Links and Resources",
  "Best Practice Network - ECF preview online learning",
  "Denise Mair",
  "BTSA Manager",
  "DfE - how to set up your ECF programme",
  "DfE Check Data Service - ECTs and ECMs",
  "BPN - school ECF registration form",
  "Best Practice Network - our ECF dashboard explained",
  "BPN's ECF - frequently asked questions",
];

test("every fact of the alliance's page is on the built site", () => {
  const text = builtPagePaths()
    .map((path) => readFileSync(`dist${path.endsWith("/") ? `${path}index.html` : path}`, "utf8"))
    .join(" ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/\s+/g, " ")
    .toLowerCase();
  const missing = SOURCE_FACTS.filter((fact) => !text.includes(fact.toLowerCase()));
  expect(missing).toEqual([]);
});
