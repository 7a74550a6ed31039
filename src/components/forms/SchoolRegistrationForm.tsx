import { schoolRegistrationForm } from "../../lib/forms/school-registration";
import { EnhancedForm } from "./EnhancedForm";

/** The school registration form as an island: Astro renders it at build time and hydrates it in the browser. */
export default function SchoolRegistrationForm() {
  return <EnhancedForm form={schoolRegistrationForm} />;
}
