ALTER TABLE "services" ADD COLUMN "email_developers_on_usage_alerts" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "time_zone" text DEFAULT 'UTC' NOT NULL;