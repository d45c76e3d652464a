CREATE TABLE "webhook_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"delivery_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT clock_timestamp() NOT NULL,
	"status_code" integer,
	"duration_ms" integer NOT NULL,
	"response" text,
	"error" text
);
--> statement-breakpoint
ALTER TABLE "webhook_attempts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "webhook_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"event_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"event" text NOT NULL,
	"url" text NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'PENDING' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp (3) with time zone,
	"last_status_code" integer,
	"last_error" text,
	"lease_owner" text,
	"lease_expires_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT clock_timestamp() NOT NULL,
	"delivered_at" timestamp (3) with time zone,
	CONSTRAINT "webhook_deliveries_status_check" CHECK ("webhook_deliveries"."status" in ('PENDING', 'DELIVERED', 'FAILED')),
	CONSTRAINT "webhook_deliveries_attempts_check" CHECK ("webhook_deliveries"."attempts" >= 0)
);
--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "webhook_settings" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"url" text,
	"enabled" boolean DEFAULT false NOT NULL,
	"admin_actions_fire" boolean DEFAULT false NOT NULL,
	"events" text[] DEFAULT '{}'::text[] NOT NULL,
	"secret" text NOT NULL,
	"previous_secret" text,
	"previous_secret_expires_at" timestamp (3) with time zone,
	"updated_at" timestamp (3) with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "webhook_settings_events_check" CHECK ("webhook_settings"."events" <@ array['ACCOUNT_CREATED', 'ACCOUNT_UPDATED', 'ACCOUNT_DELETED', 'ACCOUNT_PLAN_CHANGED', 'USER_CREATED', 'USER_UPDATED', 'USER_DELETED', 'APPLICATION_CREATED', 'APPLICATION_UPDATED', 'APPLICATION_SUSPENDED', 'APPLICATION_PLAN_CHANGED', 'APPLICATION_USER_KEY_CHANGED', 'APPLICATION_DELETED', 'KEY_CREATED', 'KEY_UPDATED', 'KEY_DELETED']::text[])
);
--> statement-breakpoint
ALTER TABLE "webhook_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "webhook_attempts" ADD CONSTRAINT "webhook_attempts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_attempts" ADD CONSTRAINT "webhook_attempts_delivery_id_webhook_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_settings" ADD CONSTRAINT "webhook_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "webhook_attempts_delivery_idx" ON "webhook_attempts" USING btree ("delivery_id","created_at","id");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_tenant_time_idx" ON "webhook_deliveries" USING btree ("tenant_id","created_at","id");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_tenant_status_time_idx" ON "webhook_deliveries" USING btree ("tenant_id","status","created_at","id");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_due_idx" ON "webhook_deliveries" USING btree ("next_attempt_at") WHERE "webhook_deliveries"."status" = 'PENDING';--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "webhook_attempts" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant()) WITH CHECK (tenant_id = gatehouse_current_tenant());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "webhook_deliveries" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant()) WITH CHECK (tenant_id = gatehouse_current_tenant());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "webhook_settings" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant()) WITH CHECK (tenant_id = gatehouse_current_tenant());--> statement-breakpoint
-- Webhook deliveries are claimed as outbox mail is (0018): the delivery workers' only cross-tenant
-- access; leases due deliveries to p_owner, counts the attempt, and returns what posting needs. At most
-- two of one tenant per batch, so a tenant with many (or slow) deliveries does not crowd others out.
CREATE FUNCTION gatehouse_claim_webhooks(p_owner text, p_lease_ms integer, p_limit integer)
  RETURNS TABLE (id uuid, tenant_id uuid, is_master boolean, body text, event_id uuid, attempts integer)
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    WITH due AS (
      SELECT c.id, c.tenant_id, c.next_attempt_at FROM webhook_deliveries c
      WHERE c.status = 'PENDING'
        AND c.next_attempt_at <= (SELECT clock_timestamp())
        AND (c.lease_expires_at IS NULL OR c.lease_expires_at < (SELECT clock_timestamp()))
      ORDER BY c.next_attempt_at
      LIMIT p_limit * 10
    ), fair AS (
      SELECT due.id, due.next_attempt_at FROM (
        SELECT due.*, row_number() OVER (PARTITION BY due.tenant_id ORDER BY due.next_attempt_at) AS n FROM due
      ) due
      WHERE due.n <= 2
      ORDER BY due.next_attempt_at
      LIMIT p_limit
    ), claimed AS (
      UPDATE webhook_deliveries d
      SET lease_owner = p_owner,
          lease_expires_at = clock_timestamp() + p_lease_ms * interval '1 millisecond',
          attempts = d.attempts + 1
      WHERE d.id IN (
        SELECT l.id FROM webhook_deliveries l
        WHERE l.id IN (SELECT fair.id FROM fair)
          AND l.status = 'PENDING'
          AND (l.lease_expires_at IS NULL OR l.lease_expires_at < (SELECT clock_timestamp()))
        FOR UPDATE SKIP LOCKED
      )
      RETURNING d.id, d.tenant_id, d.body, d.event_id, d.attempts
    )
    SELECT c.id, c.tenant_id, t.is_master, c.body, c.event_id, c.attempts
    FROM claimed c JOIN tenants t ON t.id = c.tenant_id
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION gatehouse_claim_webhooks(text, integer, integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION gatehouse_claim_webhooks(text, integer, integer) TO gatehouse_app;
--> statement-breakpoint
-- The daily purge (webhooks.purge): delivered deliveries after p_delivered_days, failed ones after
-- p_failed_days, of every tenant; their attempts go with them (foreign key cascade).
CREATE FUNCTION gatehouse_purge_webhook_deliveries(p_delivered_days integer, p_failed_days integer)
  RETURNS void
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    DELETE FROM webhook_deliveries
    WHERE (status = 'DELIVERED' AND created_at < now() - p_delivered_days * interval '1 day')
       OR (status = 'FAILED' AND created_at < now() - p_failed_days * interval '1 day');
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION gatehouse_purge_webhook_deliveries(integer, integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION gatehouse_purge_webhook_deliveries(integer, integer) TO gatehouse_app;
