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
 * blob's etag is listed first and the blob read after: if a write comes in between, the read is newer than the
 * etag, and the conditional write is refused and tried again, never written over a newer version.
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
    const etag = await listedEtag(store, key);
    const data = (await store.get(key, { type: "json" })) as T | null;
    if (data === null) return null;
    // A listing taken while another write is under way may leave blobs out: then it is taken again.
    if (etag) return { data, etag };
  }
}

async function listedEtag(store: Store, key: string): Promise<string | undefined> {
  const { blobs } = await store.list({ prefix: key });
  return blobs.find((blob) => blob.key === key)?.etag;
}

/** How many times a write is tried again after someone else wrote the blob first. */
const MAX_CONFLICTS = 30;

/**
 * Changes a JSON blob without losing anyone else's change. `change` gets the stored value (null if there is
 * none) and returns the new one, or null to leave it; the new value is written only if nobody has written since
 * it was read (its etag; a blob that was not there, only if it still is not). On a conflict the blob is read
 * again and `change` applied again. `known` saves the first read when the caller already holds it. Resolves
 * with the value that stands (null if there is none) and how many conflicts it met.
 */
export async function changeJson<T>(
  store: Store,
  key: string,
  change: (current: T | null) => T | null | Promise<T | null>,
  known?: ReadForUpdate<T> | null,
): Promise<{ value: T | null; conflicts: number }> {
  let current = known === undefined ? await readForUpdate<T>(store, key) : known;
  for (let conflicts = 0; ; conflicts++) {
    const next = await change(current?.data ?? null);
    if (next === null) return { value: current?.data ?? null, conflicts };
    const { modified } = current
      ? await store.setJSON(key, next, { onlyIfMatch: current.etag })
      : await store.setJSON(key, next, { onlyIfNew: true });
    if (modified) return { value: next, conflicts };
    if (conflicts >= MAX_CONFLICTS) throw new Error(`${key}: still conflicting after ${conflicts} tries`);
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * (conflicts + 1)));
    current = await readForUpdate<T>(store, key);
  }
}
