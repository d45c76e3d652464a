CREATE TABLE "export_parts" (
	"tenant_id" uuid NOT NULL,
	"export_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"data" text NOT NULL,
	CONSTRAINT "export_parts_export_id_position_pk" PRIMARY KEY("export_id","position")
);
--> statement-breakpoint
ALTER TABLE "export_parts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "exports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"byte_size" integer DEFAULT 0 NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT clock_timestamp() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "exports" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "export_parts" ADD CONSTRAINT "export_parts_export_id_exports_id_fk" FOREIGN KEY ("export_id") REFERENCES "public"."exports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exports" ADD CONSTRAINT "exports_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "exports_job_key" ON "exports" USING btree ("job_id");--> statement-breakpoint
CREATE INDEX "exports_tenant_created_idx" ON "exports" USING btree ("tenant_id","created_at","id");--> statement-breakpoint
CREATE INDEX "exports_expires_idx" ON "exports" USING btree ("expires_at");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "export_parts" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant()) WITH CHECK (tenant_id = gatehouse_current_tenant());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "exports" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant()) WITH CHECK (tenant_id = gatehouse_current_tenant());--> statement-breakpoint
-- The core does not import the tenants module: the tenant's foreign key is declared here (as for jobs).
ALTER TABLE "exports" ADD CONSTRAINT "exports_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade;
--> statement-breakpoint
-- The hourly purge (exports.purge): exports of every tenant whose download time is over, with their parts
-- (foreign key cascade). Returns how many went.
CREATE FUNCTION gatehouse_purge_exports()
  RETURNS integer
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    WITH gone AS (DELETE FROM exports WHERE expires_at < clock_timestamp() RETURNING 1)
    SELECT count(*)::integer FROM gone;
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION gatehouse_purge_exports() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION gatehouse_purge_exports() TO gatehouse_app;
