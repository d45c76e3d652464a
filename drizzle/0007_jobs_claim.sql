-- The core (server/src/jobs) does not import the tenants module's table definitions, so the
-- foreign key from jobs to tenants is declared here rather than in jobs.tables.ts.
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade;
--> statement-breakpoint
-- Workers serve every tenant, but run in no tenant until they hold a job. This function is the only
-- cross-tenant access they have (rather than the owner connection, which would bypass row-level
-- security for whatever statement ran on it): it takes the oldest job with work left whose lease is
-- free or expired, among the kinds the worker knows, leases it to the worker, and returns only the
-- job's id, kind and tenant. Everything else the worker does runs in that tenant's scope.
-- SKIP LOCKED: a job whose row another worker has locked (a chunk in progress) is passed over, so
-- several processes can claim at once without waiting on each other or taking the same job.
-- Cancel requests come first, so a cancelled job does not wait behind long ones.
CREATE OR REPLACE FUNCTION gatehouse_claim_job(p_kinds text[], p_owner text, p_lease_ms integer)
  RETURNS TABLE (id uuid, kind text, tenant_id uuid, is_master boolean)
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    WITH claimed AS (
      UPDATE jobs j
      SET lease_owner = p_owner, lease_expires_at = clock_timestamp() + p_lease_ms * interval '1 millisecond'
      WHERE j.id = (
        SELECT c.id FROM jobs c
        WHERE c.status IN ('QUEUED', 'RUNNING')
          AND c.kind = ANY (p_kinds)
          AND (c.lease_expires_at IS NULL OR c.lease_expires_at < clock_timestamp())
        ORDER BY c.cancel_requested DESC, c.created_at, c.id
        LIMIT 1
        FOR UPDATE SKIP LOCKED
      )
      RETURNING j.id, j.kind, j.tenant_id
    )
    SELECT claimed.id, claimed.kind, claimed.tenant_id, t.is_master FROM claimed JOIN tenants t ON t.id = claimed.tenant_id
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION gatehouse_claim_job(text[], text, integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION gatehouse_claim_job(text[], text, integer) TO gatehouse_app;
