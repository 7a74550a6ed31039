import { participantRegistrationForm } from "../../lib/forms/participant-registration";
import { EnhancedForm } from "./EnhancedForm";

/** The ECT and mentor registration form as an island. */
export default function ParticipantRegistrationForm() {
  return <EnhancedForm form={participantRegistrationForm} />;
}
