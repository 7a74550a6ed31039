import { describe, expect, it } from "vitest";
import handler from "../../functions/enquiries";
import { enquiryForm } from "../../src/lib/forms/enquiry";
import { validEnquiry } from "../fixtures/enquiry";
import { functionClient } from "../support/function-client";
import { contentMessage } from "../support/form-messages";
import { useLocalServices } from "../support/function-services";

const services = useLocalServices();
const { postJson } = functionClient(handler, enquiryForm.endpoint);

describe("POST /api/enquiries", () => {
  it("sends the question to the alliance's inbox, to reply to the sender, and a copy to the sender", async () => {
    const response = await postJson(validEnquiry());
    const { reference } = await response.json();
    const [toAlliance, copy] = services.smtp.received;
    expect(services.smtp.envelopes).toEqual([["ecf@btsa.example"], ["tutor@greenfields.example"]]);
    expect(toAlliance!.subject).toBe(`Question from Tom Tutor (${reference})`);
    expect(toAlliance!.text).toContain("Greenfields Primary School");
    expect(toAlliance!.replyTo?.text).toBe("tutor@greenfields.example");
    expect(toAlliance!.text).toContain("Can our second-year ECTs join the autumn conference?");
    expect(copy!.subject).toBe(`Your question to BTSA (${reference})`);
    expect(copy!.text).toContain("Denise Mair, BTSA Manager");
    expect(copy!.text).toContain("Can our second-year ECTs join the autumn conference?");
  });

  it("needs a question, and says so", async () => {
    const response = await postJson({ ...validEnquiry(), question: "   " });
    expect((await response.json()).errors).toEqual({
      question: contentMessage(enquiryForm.content, "question", "required"),
    });
  });
});
