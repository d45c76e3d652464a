CREATE TABLE "application_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"value" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT clock_timestamp() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "application_keys" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"state" text NOT NULL,
	"user_key" text NOT NULL,
	"app_id" text NOT NULL,
	"client_secret" text NOT NULL,
	"redirect_url" text,
	"trial_ends_at" timestamp (3) with time zone,
	"first_traffic_at" timestamp (3) with time zone,
	"last_traffic_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT clock_timestamp() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "applications_tenant_id_key" UNIQUE("tenant_id","id"),
	CONSTRAINT "applications_state_check" CHECK ("applications"."state" in ('PENDING', 'LIVE', 'SUSPENDED'))
);
--> statement-breakpoint
ALTER TABLE "applications" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "service_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"state" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT clock_timestamp() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "service_subscriptions_state_check" CHECK ("service_subscriptions"."state" in ('PENDING', 'LIVE', 'SUSPENDED'))
);
--> statement-breakpoint
ALTER TABLE "service_subscriptions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "application_keys" ADD CONSTRAINT "application_keys_application_fk" FOREIGN KEY ("tenant_id","application_id") REFERENCES "public"."applications"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_account_fk" FOREIGN KEY ("tenant_id","account_id") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_service_fk" FOREIGN KEY ("tenant_id","service_id") REFERENCES "public"."services"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_plan_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."plans"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_subscriptions" ADD CONSTRAINT "service_subscriptions_account_fk" FOREIGN KEY ("tenant_id","account_id") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_subscriptions" ADD CONSTRAINT "service_subscriptions_service_fk" FOREIGN KEY ("tenant_id","service_id") REFERENCES "public"."services"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_subscriptions" ADD CONSTRAINT "service_subscriptions_plan_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."plans"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "application_keys_application_value_key" ON "application_keys" USING btree ("application_id","value");--> statement-breakpoint
CREATE INDEX "application_keys_application_idx" ON "application_keys" USING btree ("tenant_id","application_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_service_user_key_key" ON "applications" USING btree ("service_id","user_key");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_tenant_app_id_key" ON "applications" USING btree ("tenant_id","app_id");--> statement-breakpoint
CREATE INDEX "applications_tenant_created_idx" ON "applications" USING btree ("tenant_id","created_at","id");--> statement-breakpoint
CREATE INDEX "applications_tenant_name_idx" ON "applications" USING btree ("tenant_id","name","id");--> statement-breakpoint
CREATE INDEX "applications_account_idx" ON "applications" USING btree ("tenant_id","account_id","created_at","id");--> statement-breakpoint
CREATE INDEX "applications_service_idx" ON "applications" USING btree ("tenant_id","service_id");--> statement-breakpoint
CREATE INDEX "applications_plan_idx" ON "applications" USING btree ("tenant_id","plan_id");--> statement-breakpoint
CREATE INDEX "applications_tenant_user_key_idx" ON "applications" USING btree ("tenant_id","user_key");--> statement-breakpoint
CREATE UNIQUE INDEX "service_subscriptions_account_service_key" ON "service_subscriptions" USING btree ("tenant_id","account_id","service_id");--> statement-breakpoint
CREATE INDEX "service_subscriptions_tenant_created_idx" ON "service_subscriptions" USING btree ("tenant_id","created_at","id");--> statement-breakpoint
CREATE INDEX "service_subscriptions_service_idx" ON "service_subscriptions" USING btree ("tenant_id","service_id");--> statement-breakpoint
CREATE INDEX "service_subscriptions_plan_idx" ON "service_subscriptions" USING btree ("tenant_id","plan_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "application_keys" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant()) WITH CHECK (tenant_id = gatehouse_current_tenant());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "applications" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant()) WITH CHECK (tenant_id = gatehouse_current_tenant());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "service_subscriptions" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant()) WITH CHECK (tenant_id = gatehouse_current_tenant());