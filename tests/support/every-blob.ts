import { getStore, listStores } from "@netlify/blobs";

/** Every blob in every store: its store, key and content as text. For tests that show something is gone. */
export async function everyBlob(): Promise<{ store: string; key: string; text: string }[]> {
  const blobs: { store: string; key: string; text: string }[] = [];
  for (const name of (await listStores()).stores) {
    const store = getStore({ name, consistency: "strong" });
    for await (const page of store.list({ paginate: true })) {
      for (const { key } of page.blobs)
        blobs.push({ store: name, key, text: (await store.get(key, { type: "text" })) ?? "" });
    }
  }
  return blobs;
}
