CREATE TABLE "features" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"service_id" uuid,
	"scope" text NOT NULL,
	"name" text NOT NULL,
	"system_name" text NOT NULL,
	"description" text,
	"created_at" timestamp (3) with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "features_tenant_id_key" UNIQUE("tenant_id","id"),
	CONSTRAINT "features_scope_check" CHECK ("features"."scope" in ('ACCOUNT', 'SERVICE', 'APPLICATION')),
	CONSTRAINT "features_owner_check" CHECK (("features"."scope" = 'ACCOUNT') = ("features"."service_id" is null))
);
--> statement-breakpoint
ALTER TABLE "features" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "plan_features" (
	"tenant_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"feature_id" uuid NOT NULL,
	CONSTRAINT "plan_features_plan_id_feature_id_pk" PRIMARY KEY("plan_id","feature_id")
);
--> statement-breakpoint
ALTER TABLE "plan_features" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "plan_metric_pricing" (
	"tenant_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"metric_id" uuid NOT NULL,
	"tier_mode" text NOT NULL,
	CONSTRAINT "plan_metric_pricing_plan_id_metric_id_pk" PRIMARY KEY("plan_id","metric_id"),
	CONSTRAINT "plan_metric_pricing_tier_mode_check" CHECK ("plan_metric_pricing"."tier_mode" in ('GRADUATED', 'VOLUME'))
);
--> statement-breakpoint
ALTER TABLE "plan_metric_pricing" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"service_id" uuid,
	"name" text NOT NULL,
	"system_name" text NOT NULL,
	"description" text,
	"setup_fee" numeric(20, 2) DEFAULT '0' NOT NULL,
	"cost_per_month" numeric(20, 2) DEFAULT '0' NOT NULL,
	"trial_period_days" integer,
	"approval_required" boolean DEFAULT false NOT NULL,
	"state" text DEFAULT 'HIDDEN' NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT clock_timestamp() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "plans_tenant_id_key" UNIQUE("tenant_id","id"),
	CONSTRAINT "plans_kind_check" CHECK ("plans"."kind" in ('ACCOUNT', 'SERVICE', 'APPLICATION')),
	CONSTRAINT "plans_state_check" CHECK ("plans"."state" in ('HIDDEN', 'PUBLISHED')),
	CONSTRAINT "plans_owner_check" CHECK (("plans"."kind" = 'ACCOUNT') = ("plans"."service_id" is null)),
	CONSTRAINT "plans_fees_check" CHECK ("plans"."setup_fee" >= 0 and "plans"."cost_per_month" >= 0),
	CONSTRAINT "plans_trial_check" CHECK ("plans"."trial_period_days" is null or ("plans"."kind" <> 'ACCOUNT' and "plans"."trial_period_days" between 0 and 3650))
);
--> statement-breakpoint
ALTER TABLE "plans" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "pricing_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"metric_id" uuid NOT NULL,
	"from_unit" bigint NOT NULL,
	"to_unit" bigint,
	"cost_per_unit" numeric(20, 4) NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "pricing_rules_range_check" CHECK ("pricing_rules"."from_unit" >= 1 and ("pricing_rules"."to_unit" is null or "pricing_rules"."to_unit" >= "pricing_rules"."from_unit")),
	CONSTRAINT "pricing_rules_cost_check" CHECK ("pricing_rules"."cost_per_unit" >= 0)
);
--> statement-breakpoint
ALTER TABLE "pricing_rules" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "usage_limits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"metric_id" uuid NOT NULL,
	"period" text NOT NULL,
	"value" bigint NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "usage_limits_period_check" CHECK ("usage_limits"."period" in ('MINUTE', 'HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR', 'ETERNITY')),
	CONSTRAINT "usage_limits_value_check" CHECK ("usage_limits"."value" >= 0)
);
--> statement-breakpoint
ALTER TABLE "usage_limits" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "features" ADD CONSTRAINT "features_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "features" ADD CONSTRAINT "features_tenant_service_fk" FOREIGN KEY ("tenant_id","service_id") REFERENCES "public"."services"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_features" ADD CONSTRAINT "plan_features_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_features" ADD CONSTRAINT "plan_features_feature_id_features_id_fk" FOREIGN KEY ("feature_id") REFERENCES "public"."features"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_features" ADD CONSTRAINT "plan_features_tenant_plan_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."plans"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_features" ADD CONSTRAINT "plan_features_tenant_feature_fk" FOREIGN KEY ("tenant_id","feature_id") REFERENCES "public"."features"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_metric_pricing" ADD CONSTRAINT "plan_metric_pricing_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_metric_pricing" ADD CONSTRAINT "plan_metric_pricing_metric_id_metrics_id_fk" FOREIGN KEY ("metric_id") REFERENCES "public"."metrics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_metric_pricing" ADD CONSTRAINT "plan_metric_pricing_tenant_plan_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."plans"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_tenant_service_fk" FOREIGN KEY ("tenant_id","service_id") REFERENCES "public"."services"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pricing_rules" ADD CONSTRAINT "pricing_rules_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pricing_rules" ADD CONSTRAINT "pricing_rules_metric_id_metrics_id_fk" FOREIGN KEY ("metric_id") REFERENCES "public"."metrics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pricing_rules" ADD CONSTRAINT "pricing_rules_tenant_plan_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."plans"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_limits" ADD CONSTRAINT "usage_limits_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_limits" ADD CONSTRAINT "usage_limits_metric_id_metrics_id_fk" FOREIGN KEY ("metric_id") REFERENCES "public"."metrics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_limits" ADD CONSTRAINT "usage_limits_tenant_plan_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."plans"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "features_owner_system_name_key" ON "features" USING btree ("tenant_id","scope",coalesce("service_id", '00000000-0000-0000-0000-000000000000'::uuid),"system_name");--> statement-breakpoint
CREATE INDEX "plan_features_feature_idx" ON "plan_features" USING btree ("feature_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_owner_system_name_key" ON "plans" USING btree ("tenant_id","kind",coalesce("service_id", '00000000-0000-0000-0000-000000000000'::uuid),"system_name");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_owner_default_key" ON "plans" USING btree ("tenant_id","kind",coalesce("service_id", '00000000-0000-0000-0000-000000000000'::uuid)) WHERE is_default;--> statement-breakpoint
CREATE INDEX "plans_tenant_service_idx" ON "plans" USING btree ("tenant_id","service_id","kind","created_at","id");--> statement-breakpoint
CREATE INDEX "pricing_rules_plan_metric_idx" ON "pricing_rules" USING btree ("plan_id","metric_id","from_unit");--> statement-breakpoint
CREATE INDEX "pricing_rules_metric_idx" ON "pricing_rules" USING btree ("metric_id");--> statement-breakpoint
CREATE UNIQUE INDEX "usage_limits_plan_metric_period_key" ON "usage_limits" USING btree ("plan_id","metric_id","period");--> statement-breakpoint
CREATE INDEX "usage_limits_metric_idx" ON "usage_limits" USING btree ("metric_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "features" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant()) WITH CHECK (tenant_id = gatehouse_current_tenant());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "plan_features" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant()) WITH CHECK (tenant_id = gatehouse_current_tenant());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "plan_metric_pricing" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant()) WITH CHECK (tenant_id = gatehouse_current_tenant());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "plans" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant()) WITH CHECK (tenant_id = gatehouse_current_tenant());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "pricing_rules" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant()) WITH CHECK (tenant_id = gatehouse_current_tenant());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "usage_limits" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant()) WITH CHECK (tenant_id = gatehouse_current_tenant());--> statement-breakpoint
-- Services and tenants from before plans get what new ones get: application plans Basic (the default)
-- and Unlimited and a default service plan per service; a default account plan per tenant.
INSERT INTO "plans" ("tenant_id", "kind", "service_id", "name", "system_name", "state", "is_default")
  SELECT s.tenant_id, p.kind, s.id, p.name, p.system_name, 'PUBLISHED', p.is_default
  FROM "services" s
  CROSS JOIN (VALUES ('APPLICATION', 'Basic', 'basic', true), ('APPLICATION', 'Unlimited', 'unlimited', false), ('SERVICE', 'Default', 'default', true))
    AS p(kind, name, system_name, is_default)
  WHERE NOT EXISTS (SELECT 1 FROM "plans" x WHERE x.service_id = s.id);
--> statement-breakpoint
INSERT INTO "plans" ("tenant_id", "kind", "service_id", "name", "system_name", "state", "is_default")
  SELECT t.id, 'ACCOUNT', NULL, 'Default', 'default', 'PUBLISHED', true FROM "tenants" t
  WHERE NOT t.is_master AND NOT EXISTS (SELECT 1 FROM "plans" x WHERE x.tenant_id = t.id AND x.kind = 'ACCOUNT');
