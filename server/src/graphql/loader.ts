import DataLoader from "dataloader";

/** A per-request DataLoader over rows keyed by `id`: one query per batch, null for missing rows. */
export function rowLoader<T extends { id: string }>(fetch: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const map = new Map((await fetch(ids)).map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}
