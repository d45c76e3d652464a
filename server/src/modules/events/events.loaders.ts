import type { Executor } from "../../db/client.js";
import { rowLoader } from "../../graphql/loader.js";
import { auditEntriesByIds } from "./events.service.js";

export function createEventsLoaders(tx: Executor) {
  return { auditEntryById: rowLoader((ids) => auditEntriesByIds(tx, ids)) };
}

declare module "../../graphql/context.js" {
  interface Loaders {
    events: ReturnType<typeof createEventsLoaders>;
  }
}
