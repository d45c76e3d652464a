-- The plan a request came from may go (a custom plan goes when its application leaves it): the request stays, naming no plan.
-- SET NULL of from_plan_id alone (PostgreSQL 15+): tenant_id is part of the key and must stay.
ALTER TABLE "plan_change_requests" DROP CONSTRAINT "plan_change_requests_from_plan_fk";
--> statement-breakpoint
ALTER TABLE "plan_change_requests" ALTER COLUMN "from_plan_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_change_requests" ADD CONSTRAINT "plan_change_requests_from_plan_fk" FOREIGN KEY ("tenant_id","from_plan_id") REFERENCES "public"."plans"("tenant_id","id") ON DELETE SET NULL ("from_plan_id") ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_change_requests_to_plan_idx" ON "plan_change_requests" USING btree ("tenant_id","to_plan_id");--> statement-breakpoint
CREATE INDEX "plan_change_requests_from_plan_idx" ON "plan_change_requests" USING btree ("tenant_id","from_plan_id");