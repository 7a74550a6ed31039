import { enquiryForm } from "../../lib/forms/enquiry";
import { EnhancedForm } from "./EnhancedForm";

/** The contact page's enquiry form as an island. */
export default function EnquiryForm() {
  return <EnhancedForm form={enquiryForm} />;
}
