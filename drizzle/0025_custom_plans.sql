ALTER TABLE "plans" ADD COLUMN "custom_for_application_id" uuid;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "customized_from_plan_id" uuid;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_customized_from_plan_id_plans_id_fk" FOREIGN KEY ("customized_from_plan_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "plans_custom_for_application_key" ON "plans" USING btree ("custom_for_application_id");--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_custom_check" CHECK ("plans"."custom_for_application_id" is null or ("plans"."kind" = 'APPLICATION' and not "plans"."is_default"));--> statement-breakpoint
-- An application's custom plan goes with it (declared here: the plans module cannot name the applications table).
ALTER TABLE "plans" ADD CONSTRAINT "plans_custom_for_application_fk" FOREIGN KEY ("custom_for_application_id") REFERENCES "public"."applications"("id") ON DELETE cascade;
