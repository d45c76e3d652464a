CREATE TABLE "account_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"sender_user_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "account_messages_direction_check" CHECK ("account_messages"."direction" in ('TO_ACCOUNT', 'FROM_ACCOUNT'))
);
--> statement-breakpoint
ALTER TABLE "account_messages" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "account_messages" ADD CONSTRAINT "account_messages_sender_user_id_users_id_fk" FOREIGN KEY ("sender_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_messages" ADD CONSTRAINT "account_messages_account_fk" FOREIGN KEY ("tenant_id","account_id") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_messages_account_idx" ON "account_messages" USING btree ("tenant_id","account_id","created_at","id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "account_messages" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant()) WITH CHECK (tenant_id = gatehouse_current_tenant());