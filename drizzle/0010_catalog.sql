CREATE TABLE "mapping_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"metric_id" uuid NOT NULL,
	"http_method" text NOT NULL,
	"pattern" text NOT NULL,
	"delta" integer DEFAULT 1 NOT NULL,
	"position" integer NOT NULL,
	"last" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mapping_rules_http_method_check" CHECK ("mapping_rules"."http_method" in ('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS')),
	CONSTRAINT "mapping_rules_delta_check" CHECK ("mapping_rules"."delta" > 0)
);
--> statement-breakpoint
ALTER TABLE "mapping_rules" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "metrics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"parent_id" uuid,
	"system_name" text NOT NULL,
	"friendly_name" text NOT NULL,
	"unit" text NOT NULL,
	"description" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "metrics" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"system_name" text NOT NULL,
	"description" text,
	"auth_mode" text DEFAULT 'USER_KEY' NOT NULL,
	"user_key_parameter" text DEFAULT 'user_key' NOT NULL,
	"app_id_parameter" text DEFAULT 'app_id' NOT NULL,
	"app_key_parameter" text DEFAULT 'app_key' NOT NULL,
	"custom_keys_allowed" boolean DEFAULT false NOT NULL,
	"state" text DEFAULT 'ACTIVE' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "services_auth_mode_check" CHECK ("services"."auth_mode" in ('USER_KEY', 'APP_ID_APP_KEY', 'OIDC')),
	CONSTRAINT "services_state_check" CHECK ("services"."state" in ('ACTIVE', 'SUSPENDED'))
);
--> statement-breakpoint
ALTER TABLE "services" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "mapping_rules" ADD CONSTRAINT "mapping_rules_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mapping_rules" ADD CONSTRAINT "mapping_rules_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mapping_rules" ADD CONSTRAINT "mapping_rules_metric_id_metrics_id_fk" FOREIGN KEY ("metric_id") REFERENCES "public"."metrics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metrics" ADD CONSTRAINT "metrics_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metrics" ADD CONSTRAINT "metrics_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "metrics" ADD CONSTRAINT "metrics_parent_id_metrics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."metrics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mapping_rules_service_position_idx" ON "mapping_rules" USING btree ("service_id","position","id");--> statement-breakpoint
CREATE INDEX "mapping_rules_metric_idx" ON "mapping_rules" USING btree ("metric_id");--> statement-breakpoint
CREATE INDEX "mapping_rules_tenant_idx" ON "mapping_rules" USING btree ("tenant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "metrics_service_system_name_key" ON "metrics" USING btree ("service_id","system_name");--> statement-breakpoint
CREATE UNIQUE INDEX "metrics_service_friendly_name_key" ON "metrics" USING btree ("service_id",lower("friendly_name"));--> statement-breakpoint
CREATE INDEX "metrics_tenant_service_idx" ON "metrics" USING btree ("tenant_id","service_id");--> statement-breakpoint
CREATE INDEX "metrics_parent_idx" ON "metrics" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "services_tenant_system_name_key" ON "services" USING btree ("tenant_id","system_name");--> statement-breakpoint
CREATE INDEX "services_tenant_created_idx" ON "services" USING btree ("tenant_id","created_at","id");--> statement-breakpoint
CREATE INDEX "services_tenant_name_idx" ON "services" USING btree ("tenant_id","name","id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "mapping_rules" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant()) WITH CHECK (tenant_id = gatehouse_current_tenant());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "metrics" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant()) WITH CHECK (tenant_id = gatehouse_current_tenant());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "services" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant()) WITH CHECK (tenant_id = gatehouse_current_tenant());--> statement-breakpoint
-- Every tenant sells at least one service (the last one cannot be deleted): tenants created before
-- the catalog get the default one new tenants get ("API", system name "api"), with its metric hits.
INSERT INTO "services" ("tenant_id", "name", "system_name", "description")
  SELECT t.id, 'API', 'api', 'The tenant''s first API.' FROM "tenants" t
  WHERE NOT t.is_master AND NOT EXISTS (SELECT 1 FROM "services" s WHERE s.tenant_id = t.id);
--> statement-breakpoint
INSERT INTO "metrics" ("tenant_id", "service_id", "system_name", "friendly_name", "unit", "description")
  SELECT s.tenant_id, s.id, 'hits', 'Hits', 'hit', 'Number of API hits' FROM "services" s
  WHERE NOT EXISTS (SELECT 1 FROM "metrics" m WHERE m.service_id = s.id AND m.system_name = 'hits');
