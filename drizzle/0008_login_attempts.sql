CREATE TABLE "login_attempts" (
	"scope" text NOT NULL,
	"tenant_key" text NOT NULL,
	"email" text NOT NULL,
	"address" text NOT NULL,
	"failures" integer NOT NULL,
	"window_started_at" timestamp (3) with time zone NOT NULL,
	"locked_until" timestamp (3) with time zone,
	CONSTRAINT "login_attempts_scope_tenant_key_email_address_pk" PRIMARY KEY("scope","tenant_key","email","address"),
	CONSTRAINT "login_attempts_scope_check" CHECK ("login_attempts"."scope" in ('ACCOUNT', 'ADDRESS'))
);
--> statement-breakpoint
CREATE INDEX "login_attempts_window_idx" ON "login_attempts" USING btree ("window_started_at");