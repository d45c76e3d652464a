CREATE TABLE "notification_preferences" (
	"tenant_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"type" text NOT NULL,
	"email" boolean NOT NULL,
	CONSTRAINT "notification_preferences_user_id_type_pk" PRIMARY KEY("user_id","type"),
	CONSTRAINT "notification_preferences_type_check" CHECK ("notification_preferences"."type" in ('ACCOUNT_CREATED', 'ACCOUNT_DELETED', 'ACCOUNT_PLAN_CHANGE_REQUESTED', 'MESSAGE_RECEIVED', 'APPLICATION_CREATED', 'APPLICATION_PLAN_CHANGE_REQUESTED', 'APPLICATION_PLAN_CHANGED', 'APPLICATION_CANCELLED', 'TRIAL_EXPIRED', 'SERVICE_SUBSCRIPTION_CREATED', 'SERVICE_PLAN_CHANGE_REQUESTED', 'SERVICE_SUBSCRIPTION_PLAN_CHANGED', 'SERVICE_SUBSCRIPTION_CANCELLED', 'SERVICE_DELETED', 'USAGE_LIMIT_ALERT', 'USAGE_LIMIT_VIOLATION', 'INVOICES_TO_REVIEW', 'CUSTOMER_DOWNGRADED', 'EXPIRING_CREDIT_CARD', 'PAYMENT_ERROR_RETRY', 'PAYMENT_ERROR_FINAL', 'BULK_OPERATION_FINISHED', 'EXPORT_READY'))
);
--> statement-breakpoint
ALTER TABLE "notification_preferences" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"type" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT clock_timestamp() NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"target_type" text,
	"target_id" uuid,
	"target_name" text,
	"service_id" uuid,
	"audit_entry_id" uuid,
	"read_at" timestamp (3) with time zone,
	CONSTRAINT "notifications_type_check" CHECK ("notifications"."type" in ('ACCOUNT_CREATED', 'ACCOUNT_DELETED', 'ACCOUNT_PLAN_CHANGE_REQUESTED', 'MESSAGE_RECEIVED', 'APPLICATION_CREATED', 'APPLICATION_PLAN_CHANGE_REQUESTED', 'APPLICATION_PLAN_CHANGED', 'APPLICATION_CANCELLED', 'TRIAL_EXPIRED', 'SERVICE_SUBSCRIPTION_CREATED', 'SERVICE_PLAN_CHANGE_REQUESTED', 'SERVICE_SUBSCRIPTION_PLAN_CHANGED', 'SERVICE_SUBSCRIPTION_CANCELLED', 'SERVICE_DELETED', 'USAGE_LIMIT_ALERT', 'USAGE_LIMIT_VIOLATION', 'INVOICES_TO_REVIEW', 'CUSTOMER_DOWNGRADED', 'EXPIRING_CREDIT_CARD', 'PAYMENT_ERROR_RETRY', 'PAYMENT_ERROR_FINAL', 'BULK_OPERATION_FINISHED', 'EXPORT_READY'))
);
--> statement-breakpoint
ALTER TABLE "notifications" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "outbox_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"user_id" uuid,
	"notification_id" uuid,
	"type" text,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"html_body" text NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp (3) with time zone,
	"last_error" text,
	"lease_owner" text,
	"lease_expires_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT clock_timestamp() NOT NULL,
	"sent_at" timestamp (3) with time zone,
	CONSTRAINT "outbox_messages_status_check" CHECK ("outbox_messages"."status" in ('PENDING', 'SENT', 'FAILED', 'HELD')),
	CONSTRAINT "outbox_messages_type_check" CHECK ("outbox_messages"."type" in ('ACCOUNT_CREATED', 'ACCOUNT_DELETED', 'ACCOUNT_PLAN_CHANGE_REQUESTED', 'MESSAGE_RECEIVED', 'APPLICATION_CREATED', 'APPLICATION_PLAN_CHANGE_REQUESTED', 'APPLICATION_PLAN_CHANGED', 'APPLICATION_CANCELLED', 'TRIAL_EXPIRED', 'SERVICE_SUBSCRIPTION_CREATED', 'SERVICE_PLAN_CHANGE_REQUESTED', 'SERVICE_SUBSCRIPTION_PLAN_CHANGED', 'SERVICE_SUBSCRIPTION_CANCELLED', 'SERVICE_DELETED', 'USAGE_LIMIT_ALERT', 'USAGE_LIMIT_VIOLATION', 'INVOICES_TO_REVIEW', 'CUSTOMER_DOWNGRADED', 'EXPIRING_CREDIT_CARD', 'PAYMENT_ERROR_RETRY', 'PAYMENT_ERROR_FINAL', 'BULK_OPERATION_FINISHED', 'EXPORT_READY')),
	CONSTRAINT "outbox_messages_attempts_check" CHECK ("outbox_messages"."attempts" >= 0)
);
--> statement-breakpoint
ALTER TABLE "outbox_messages" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "scheduled_runs" (
	"task" text NOT NULL,
	"slot" timestamp (3) with time zone NOT NULL,
	"owner" text NOT NULL,
	"started_at" timestamp (3) with time zone DEFAULT clock_timestamp() NOT NULL,
	"finished_at" timestamp (3) with time zone,
	"error" text,
	CONSTRAINT "scheduled_runs_task_slot_pk" PRIMARY KEY("task","slot")
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "member_areas" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "member_service_ids" uuid[];--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_user_time_idx" ON "notifications" USING btree ("tenant_id","user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "notifications_user_unread_idx" ON "notifications" USING btree ("tenant_id","user_id","created_at","id") WHERE "notifications"."read_at" is null;--> statement-breakpoint
CREATE INDEX "notifications_time_idx" ON "notifications" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "outbox_messages_tenant_time_idx" ON "outbox_messages" USING btree ("tenant_id","created_at","id");--> statement-breakpoint
CREATE INDEX "outbox_messages_due_idx" ON "outbox_messages" USING btree ("next_attempt_at") WHERE "outbox_messages"."status" = 'PENDING';--> statement-breakpoint
CREATE INDEX "scheduled_runs_started_idx" ON "scheduled_runs" USING btree ("started_at");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_member_areas_check" CHECK ("users"."member_areas" <@ array['PARTNERS', 'PLANS', 'MONITORING', 'FINANCE', 'SETTINGS']::text[]);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "notification_preferences" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant()) WITH CHECK (tenant_id = gatehouse_current_tenant());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "notifications" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant() or gatehouse_is_master()) WITH CHECK (tenant_id = gatehouse_current_tenant() or gatehouse_is_master());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "outbox_messages" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant() or gatehouse_is_master()) WITH CHECK (tenant_id = gatehouse_current_tenant() or gatehouse_is_master());