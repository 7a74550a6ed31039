import { getRecord, storedKeys, type SubmissionRecord } from "../../functions/lib/store";

/** Every record stored for a form, read one by one: for tests, which hold a few (the functions use the indexes). */
export async function storedRecords(formId: string): Promise<{ key: string; record: SubmissionRecord }[]> {
  const stored: { key: string; record: SubmissionRecord }[] = [];
  for await (const keys of storedKeys(formId)) {
    for (const { key } of keys) {
      const record = await getRecord(formId, key);
      if (record) stored.push({ key, record });
    }
  }
  return stored;
}
