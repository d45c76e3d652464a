DROP POLICY "tenant_isolation" ON "login_failures" CASCADE;--> statement-breakpoint
DROP TABLE "login_failures" CASCADE;