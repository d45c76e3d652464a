ALTER TABLE "account_users" ADD COLUMN "search_length" integer GENERATED ALWAYS AS (greatest(char_length(lower("username")), char_length(lower("email")), char_length(lower(coalesce("fields"->>'first_name', '') || ' ' || coalesce("fields"->>'last_name', ''))))) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "org_name_length" integer GENERATED ALWAYS AS (char_length(lower("org_name"))) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "name_length" integer GENERATED ALWAYS AS (char_length(lower("name"))) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "account_users_tenant_search_length_idx" ON "account_users" USING btree ("tenant_id","search_length");--> statement-breakpoint
CREATE INDEX "accounts_tenant_org_name_length_idx" ON "accounts" USING btree ("tenant_id","org_name_length");--> statement-breakpoint
CREATE INDEX "applications_tenant_name_length_idx" ON "applications" USING btree ("tenant_id","name_length");