/**
 * Allocating an ECT or mentor to a local training group through the staff area. The groups are the alliance's
 * own, listed in content/training-groups.json, which is empty until it supplies them (the go-live list); here
 * the content module gives two, so that the route, the page and the list run as they will once it is filled.
 */
import { describe, expect, it, vi } from "vitest";
import participantRegistrations from "../../functions/participant-registrations";
import { registeredForms } from "../../functions/lib/registered-forms";
import { getRecord } from "../../functions/lib/store";
import { validParticipantRegistration } from "../fixtures/participant-registration";
import { functionClient } from "../support/function-client";
import { useLocalServices } from "../support/function-services";
import { storedRecords } from "../support/stored-records";
import { shows, signIn, staffPost, staffRequest, useStaffEmails } from "../support/staff-session";

vi.mock("../../src/lib/training-groups", () => ({ trainingGroups: ["Basildon primary", "Southend secondary"] }));

const services = useLocalServices();
useStaffEmails();
const participant = registeredForms.participantRegistration;

describe("allocating a participant to a training group", () => {
  it("offers the listed groups, records the choice in the history and the list, and can take it back", async () => {
    const fullName = `Allocated ${crypto.randomUUID().slice(0, 8)}`;
    const { reference } = await (
      await functionClient(participantRegistrations, participant.form.endpoint).postJson({
        ...validParticipantRegistration(),
        fullName,
      })
    ).json();
    const { key } = (await storedRecords(participant.form.id)).find(({ record }) => record.reference === reference)!;
    const { email, cookie } = await signIn(services.smtp);
    const page = `/staff/${participant.form.id}/${key}/`;

    const before = await (await staffRequest(page, { cookie })).text();
    expect(before).toContain('<option value="">');
    expect(before).toContain("<option>Basildon primary</option>");
    expect(before).toContain("<option>Southend secondary</option>");

    const saved = await staffPost(`${page}training-group/`, { trainingGroup: "Southend secondary" }, { cookie });
    expect(saved.status).toBe(303);
    const record = (await getRecord(participant.form.id, key))!;
    expect(record.trainingGroup).toBe("Southend secondary");
    expect(record.history.at(-1)).toMatchObject({
      by: email,
      what: "trainingGroup",
      from: null,
      to: "Southend secondary",
    });
    const after = await (await staffRequest(`${page}?saved`, { cookie })).text();
    expect(after).toContain("<option selected>Southend secondary</option>");

    const list = await (
      await staffRequest(`/staff/${participant.form.id}/?q=${encodeURIComponent(fullName)}`, { cookie })
    ).text();
    expect(shows(list, fullName)).toBe(true);
    expect(list).toContain("<td>Southend secondary</td>");

    expect((await staffPost(`${page}training-group/`, { trainingGroup: "" }, { cookie })).status).toBe(303);
    expect((await getRecord(participant.form.id, key))!.trainingGroup).toBeNull();
  });
});
