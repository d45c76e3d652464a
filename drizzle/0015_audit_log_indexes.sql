DROP INDEX "audit_entries_target_idx";--> statement-breakpoint
DROP INDEX "audit_entries_actor_idx";--> statement-breakpoint
CREATE INDEX "audit_entries_target_time_idx" ON "audit_entries" USING btree ("tenant_id","target_id","occurred_at","id");--> statement-breakpoint
CREATE INDEX "audit_entries_actor_time_idx" ON "audit_entries" USING btree ("tenant_id","actor_user_id","occurred_at","id");