import type { Store } from "@netlify/blobs";

/** A blob's JSON, and the etag to write it back with only if nobody has written since. */
export interface ReadForUpdate<T> {
  data: T;
  etag: string;
}

/** Whether this store's reads carry etags: Netlify's do; its local emulation's (netlify dev, tests) do not. */
let readsCarryEtags = true;

/**
 * Reads a blob's JSON with its etag, for a conditional write (`onlyIfMatch`), or null if there is none.
 * Netlify Blobs gives the etag with the read. Its local emulation gives etags only in listings, so there the
 * blob's etag is listed before and after a plain read, and the read taken again if a write came in between
 * (its etags change with the file's time, to the millisecond).
 */
export async function readForUpdate<T>(store: Store, key: string): Promise<ReadForUpdate<T> | null> {
  if (readsCarryEtags) {
    const found = await store.getWithMetadata(key, { type: "json" });
    if (!found) return null;
    if (found.etag) return { data: found.data as T, etag: found.etag };
    readsCarryEtags = false;
  }
  for (let tries = 0; ; tries++) {
    if (tries) await new Promise((resolve) => setTimeout(resolve, tries));
    const before = await listedEtag(store, key);
    const data = (await store.get(key, { type: "json" })) as T | null;
    if (data === null) return null;
    const after = await listedEtag(store, key);
    // A listing taken while another write is under way may leave blobs out: then it is taken again.
    if (before && after === before) return { data, etag: after };
  }
}

async function listedEtag(store: Store, key: string): Promise<string | undefined> {
  const { blobs } = await store.list({ prefix: key });
  return blobs.find((blob) => blob.key === key)?.etag;
}
