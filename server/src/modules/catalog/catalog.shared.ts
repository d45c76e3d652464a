import { and, eq } from "drizzle-orm";
import type { Actor } from "../../auth/actor.js";
import type { Executor } from "../../db/client.js";
import { userError, type UserErrorOf, type UserOutcome } from "../../graphql/user-error.js";
import { CatalogErrorCode } from "./catalog.errors.js";
import { type ServiceRow, services } from "./catalog.tables.js";

export type CatalogError = UserErrorOf<CatalogErrorCode>;
export type Outcome<T> = UserOutcome<T, CatalogErrorCode>;

export const notFound = (what: string, field: string[]): CatalogError => userError(CatalogErrorCode.NOT_FOUND, `No such ${what}.`, field);

/**
 * The service, locked until the transaction ends: writes to one service's catalog take turns. `FOR NO
 * KEY UPDATE`: rows that only reference the service (foreign keys take KEY SHARE) are not held up.
 */
export async function lockService(tx: Executor, actor: Actor, serviceId: string | null): Promise<ServiceRow | null> {
  if (!serviceId) return null;
  const [row] = await tx
    .select()
    .from(services)
    .where(and(eq(services.id, serviceId), eq(services.tenantId, actor.tenantId)))
    .for("no key update");
  return row ?? null;
}

