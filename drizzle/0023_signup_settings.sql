CREATE TABLE "signup_settings" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"self_signup_enabled" boolean DEFAULT true NOT NULL,
	"account_approval_required" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT clock_timestamp() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "signup_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "signup_settings" ADD CONSTRAINT "signup_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "signup_settings" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant()) WITH CHECK (tenant_id = gatehouse_current_tenant());