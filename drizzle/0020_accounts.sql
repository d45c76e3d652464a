CREATE TABLE "account_users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"username" text NOT NULL,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"state" text DEFAULT 'PENDING' NOT NULL,
	"password_hash" text,
	"fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT clock_timestamp() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "account_users_role_check" CHECK ("account_users"."role" in ('ADMIN', 'MEMBER')),
	CONSTRAINT "account_users_state_check" CHECK ("account_users"."state" in ('PENDING', 'ACTIVE', 'SUSPENDED'))
);
--> statement-breakpoint
ALTER TABLE "account_users" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"org_name" text NOT NULL,
	"state" text DEFAULT 'CREATED' NOT NULL,
	"plan_id" uuid NOT NULL,
	"fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"vat_rate" numeric(5, 2),
	"created_at" timestamp (3) with time zone DEFAULT clock_timestamp() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT clock_timestamp() NOT NULL,
	"state_changed_at" timestamp (3) with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "accounts_tenant_id_key" UNIQUE("tenant_id","id"),
	CONSTRAINT "accounts_state_check" CHECK ("accounts"."state" in ('CREATED', 'PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED')),
	CONSTRAINT "accounts_vat_rate_check" CHECK ("accounts"."vat_rate" is null or "accounts"."vat_rate" between 0 and 100)
);
--> statement-breakpoint
ALTER TABLE "accounts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "field_definitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"target" text NOT NULL,
	"name" text NOT NULL,
	"label" text NOT NULL,
	"required" boolean DEFAULT false NOT NULL,
	"hidden" boolean DEFAULT false NOT NULL,
	"builtin" boolean DEFAULT false NOT NULL,
	"choices" text[] DEFAULT '{}'::text[] NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "field_definitions_target_check" CHECK ("field_definitions"."target" in ('ACCOUNT', 'USER')),
	CONSTRAINT "field_definitions_required_hidden_check" CHECK (not ("field_definitions"."required" and "field_definitions"."hidden"))
);
--> statement-breakpoint
ALTER TABLE "field_definitions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "account_users" ADD CONSTRAINT "account_users_account_fk" FOREIGN KEY ("tenant_id","account_id") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_tenant_plan_fk" FOREIGN KEY ("tenant_id","plan_id") REFERENCES "public"."plans"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_definitions" ADD CONSTRAINT "field_definitions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "account_users_tenant_email_key" ON "account_users" USING btree ("tenant_id",lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "account_users_tenant_username_key" ON "account_users" USING btree ("tenant_id",lower("username"));--> statement-breakpoint
CREATE INDEX "account_users_account_idx" ON "account_users" USING btree ("tenant_id","account_id","created_at","id");--> statement-breakpoint
CREATE INDEX "accounts_tenant_created_idx" ON "accounts" USING btree ("tenant_id","created_at","id");--> statement-breakpoint
CREATE INDEX "accounts_tenant_org_name_idx" ON "accounts" USING btree ("tenant_id","org_name","id");--> statement-breakpoint
CREATE INDEX "accounts_tenant_state_idx" ON "accounts" USING btree ("tenant_id","state","created_at","id");--> statement-breakpoint
CREATE INDEX "accounts_tenant_plan_idx" ON "accounts" USING btree ("tenant_id","plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "field_definitions_tenant_target_name_key" ON "field_definitions" USING btree ("tenant_id","target","name");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "account_users" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant()) WITH CHECK (tenant_id = gatehouse_current_tenant());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "accounts" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant()) WITH CHECK (tenant_id = gatehouse_current_tenant());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "field_definitions" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant()) WITH CHECK (tenant_id = gatehouse_current_tenant());