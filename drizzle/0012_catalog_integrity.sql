-- A row's tenant is its service's tenant, and a rule's metric and a method's parent belong to the same
-- service: enforced by the database too, not only by the catalog services.
ALTER TABLE "metrics" ADD CONSTRAINT "metrics_service_id_key" UNIQUE("service_id","id");
--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_tenant_id_key" UNIQUE("tenant_id","id");
--> statement-breakpoint
ALTER TABLE "services" ALTER COLUMN "updated_at" SET DEFAULT clock_timestamp();
--> statement-breakpoint
ALTER TABLE "mapping_rules" ADD CONSTRAINT "mapping_rules_tenant_service_fk" FOREIGN KEY ("tenant_id","service_id") REFERENCES "public"."services"("tenant_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "mapping_rules" ADD CONSTRAINT "mapping_rules_service_metric_fk" FOREIGN KEY ("service_id","metric_id") REFERENCES "public"."metrics"("service_id","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "metrics" ADD CONSTRAINT "metrics_tenant_service_fk" FOREIGN KEY ("tenant_id","service_id") REFERENCES "public"."services"("tenant_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "metrics" ADD CONSTRAINT "metrics_service_parent_fk" FOREIGN KEY ("service_id","parent_id") REFERENCES "public"."metrics"("service_id","id") ON DELETE cascade ON UPDATE no action;
