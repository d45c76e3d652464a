CREATE TABLE "account_usage" (
	"tenant_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"metric_id" uuid NOT NULL,
	"granularity" text NOT NULL,
	"period_start" timestamp with time zone NOT NULL,
	"value" bigint NOT NULL,
	CONSTRAINT "account_usage_pkey" PRIMARY KEY("account_id","metric_id","granularity","period_start"),
	CONSTRAINT "account_usage_granularity_check" CHECK ("account_usage"."granularity" in ('HOUR', 'DAY', 'MONTH'))
);
--> statement-breakpoint
ALTER TABLE "account_usage" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "usage_response_codes" (
	"tenant_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"application_id" uuid,
	"code" integer NOT NULL,
	"granularity" text NOT NULL,
	"period_start" timestamp with time zone NOT NULL,
	"count" bigint NOT NULL,
	CONSTRAINT "usage_response_codes_key" UNIQUE NULLS NOT DISTINCT("service_id","application_id","granularity","period_start","code"),
	CONSTRAINT "usage_response_codes_granularity_check" CHECK ("usage_response_codes"."granularity" in ('HOUR', 'DAY', 'MONTH')),
	CONSTRAINT "usage_response_codes_code_check" CHECK ("usage_response_codes"."code" between 100 and 599)
);
--> statement-breakpoint
ALTER TABLE "usage_response_codes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "service_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT clock_timestamp() NOT NULL,
	"last_used_at" timestamp (3) with time zone
);
--> statement-breakpoint
ALTER TABLE "service_tokens" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "service_usage" (
	"tenant_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"metric_id" uuid NOT NULL,
	"granularity" text NOT NULL,
	"period_start" timestamp with time zone NOT NULL,
	"value" bigint NOT NULL,
	CONSTRAINT "service_usage_pkey" PRIMARY KEY("service_id","metric_id","granularity","period_start"),
	CONSTRAINT "service_usage_granularity_check" CHECK ("service_usage"."granularity" in ('HOUR', 'DAY', 'MONTH'))
);
--> statement-breakpoint
ALTER TABLE "service_usage" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "usage_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"kind" text NOT NULL,
	"metric_id" uuid NOT NULL,
	"period" text NOT NULL,
	"max" bigint NOT NULL,
	"current" bigint NOT NULL,
	"raised_at" timestamp (3) with time zone DEFAULT clock_timestamp() NOT NULL,
	"read_at" timestamp (3) with time zone,
	CONSTRAINT "usage_alerts_kind_check" CHECK ("usage_alerts"."kind" in ('ALERT', 'VIOLATION')),
	CONSTRAINT "usage_alerts_period_check" CHECK ("usage_alerts"."period" in ('MINUTE', 'HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR', 'ETERNITY')),
	CONSTRAINT "usage_alerts_level_check" CHECK ("usage_alerts"."level" in (50, 80, 90, 100, 120, 150, 200, 300))
);
--> statement-breakpoint
ALTER TABLE "usage_alerts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "usage_counters" (
	"tenant_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"metric_id" uuid NOT NULL,
	"period" text NOT NULL,
	"period_start" timestamp with time zone NOT NULL,
	"value" bigint NOT NULL,
	CONSTRAINT "usage_counters_pkey" PRIMARY KEY("application_id","metric_id","period","period_start"),
	CONSTRAINT "usage_counters_period_check" CHECK ("usage_counters"."period" in ('MINUTE', 'HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR', 'ETERNITY')),
	CONSTRAINT "usage_counters_value_check" CHECK ("usage_counters"."value" >= 0)
);
--> statement-breakpoint
ALTER TABLE "usage_counters" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "account_usage" ADD CONSTRAINT "account_usage_account_fk" FOREIGN KEY ("tenant_id","account_id") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_usage" ADD CONSTRAINT "account_usage_metric_fk" FOREIGN KEY ("metric_id") REFERENCES "public"."metrics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_response_codes" ADD CONSTRAINT "usage_response_codes_service_fk" FOREIGN KEY ("tenant_id","service_id") REFERENCES "public"."services"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_response_codes" ADD CONSTRAINT "usage_response_codes_application_fk" FOREIGN KEY ("tenant_id","application_id") REFERENCES "public"."applications"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_tokens" ADD CONSTRAINT "service_tokens_service_fk" FOREIGN KEY ("tenant_id","service_id") REFERENCES "public"."services"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_usage" ADD CONSTRAINT "service_usage_service_fk" FOREIGN KEY ("tenant_id","service_id") REFERENCES "public"."services"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_usage" ADD CONSTRAINT "service_usage_metric_fk" FOREIGN KEY ("metric_id") REFERENCES "public"."metrics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_alerts" ADD CONSTRAINT "usage_alerts_service_fk" FOREIGN KEY ("tenant_id","service_id") REFERENCES "public"."services"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_alerts" ADD CONSTRAINT "usage_alerts_application_fk" FOREIGN KEY ("tenant_id","application_id") REFERENCES "public"."applications"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_alerts" ADD CONSTRAINT "usage_alerts_account_fk" FOREIGN KEY ("tenant_id","account_id") REFERENCES "public"."accounts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_alerts" ADD CONSTRAINT "usage_alerts_metric_fk" FOREIGN KEY ("metric_id") REFERENCES "public"."metrics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_counters" ADD CONSTRAINT "usage_counters_application_fk" FOREIGN KEY ("tenant_id","application_id") REFERENCES "public"."applications"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_counters" ADD CONSTRAINT "usage_counters_metric_fk" FOREIGN KEY ("metric_id") REFERENCES "public"."metrics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_usage_metric_idx" ON "account_usage" USING btree ("metric_id");--> statement-breakpoint
CREATE INDEX "usage_response_codes_application_idx" ON "usage_response_codes" USING btree ("tenant_id","application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_tokens_token_hash_key" ON "service_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "service_tokens_service_idx" ON "service_tokens" USING btree ("tenant_id","service_id","created_at");--> statement-breakpoint
CREATE INDEX "service_usage_metric_idx" ON "service_usage" USING btree ("metric_id");--> statement-breakpoint
CREATE INDEX "usage_alerts_tenant_raised_idx" ON "usage_alerts" USING btree ("tenant_id","raised_at","id");--> statement-breakpoint
CREATE INDEX "usage_alerts_application_level_idx" ON "usage_alerts" USING btree ("application_id","level","raised_at");--> statement-breakpoint
CREATE INDEX "usage_alerts_service_idx" ON "usage_alerts" USING btree ("tenant_id","service_id","raised_at");--> statement-breakpoint
CREATE INDEX "usage_alerts_account_idx" ON "usage_alerts" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "usage_alerts_metric_idx" ON "usage_alerts" USING btree ("metric_id");--> statement-breakpoint
CREATE INDEX "usage_counters_ranking_idx" ON "usage_counters" USING btree ("metric_id","period","period_start");--> statement-breakpoint
CREATE INDEX "usage_counters_period_start_idx" ON "usage_counters" USING btree ("period","period_start");--> statement-breakpoint
CREATE INDEX "usage_counters_tenant_period_idx" ON "usage_counters" USING btree ("tenant_id","period","period_start");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "account_usage" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant()) WITH CHECK (tenant_id = gatehouse_current_tenant());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "usage_response_codes" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant()) WITH CHECK (tenant_id = gatehouse_current_tenant());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "service_tokens" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant()) WITH CHECK (tenant_id = gatehouse_current_tenant());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "service_usage" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant()) WITH CHECK (tenant_id = gatehouse_current_tenant());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "usage_alerts" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant()) WITH CHECK (tenant_id = gatehouse_current_tenant());--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "usage_counters" AS PERMISSIVE FOR ALL TO "gatehouse_app" USING (tenant_id = gatehouse_current_tenant()) WITH CHECK (tenant_id = gatehouse_current_tenant());
--> statement-breakpoint
-- The usage endpoint's SQL (server/src/modules/usage/, docs/decisions/0006-usage-counting.md). Gateways
-- are not users: the endpoint reads through these SECURITY DEFINER functions, which take the service
-- token's hash and answer only for that service's tenant (as the authentication functions of 0005 do).

-- Counters and rollups are incremented in place all day: room on each page keeps those updates HOT
-- (no index writes, dead versions pruned on the page).
ALTER TABLE usage_counters SET (fillfactor = 70);
--> statement-breakpoint
ALTER TABLE service_usage SET (fillfactor = 70);
--> statement-breakpoint
ALTER TABLE account_usage SET (fillfactor = 70);
--> statement-breakpoint
ALTER TABLE usage_response_codes SET (fillfactor = 70);
--> statement-breakpoint
-- Where the calendar period (UTC) holding p_at starts, as @gatehouse/schema/usage's periodStart:
-- weeks start on Monday (date_trunc's ISO week), eternity at the epoch.
CREATE OR REPLACE FUNCTION gatehouse_period_start(p_period text, p_at timestamptz) RETURNS timestamptz
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT CASE p_period
      WHEN 'ETERNITY' THEN timestamptz '1970-01-01 00:00:00+00'
      ELSE date_trunc(CASE p_period WHEN 'MINUTE' THEN 'minute' WHEN 'HOUR' THEN 'hour' WHEN 'DAY' THEN 'day'
                                    WHEN 'WEEK' THEN 'week' WHEN 'MONTH' THEN 'month' ELSE 'year' END, p_at, 'UTC')
    END
  $$;
--> statement-breakpoint
-- What the endpoint keeps of a service (per process, dropped when the service_changed channel names it):
-- its tenant, authentication mode, metrics and mapping rules; null for a token nobody has.
CREATE OR REPLACE FUNCTION gatehouse_usage_service(p_token_hash text) RETURNS jsonb
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT jsonb_build_object(
      'tenantId', s.tenant_id, 'serviceId', s.id, 'authMode', s.auth_mode, 'tokenId', t.id,
      'metrics', (SELECT coalesce(jsonb_agg(jsonb_build_object('id', m.id, 'systemName', m.system_name, 'parentId', m.parent_id)), '[]'::jsonb)
                  FROM metrics m WHERE m.service_id = s.id),
      'rules', (SELECT coalesce(jsonb_agg(jsonb_build_object('httpMethod', r.http_method, 'pattern', r.pattern, 'metricId', r.metric_id,
                                                             'delta', r.delta, 'position', r.position, 'last', r.last) ORDER BY r.position, r.id), '[]'::jsonb)
                FROM mapping_rules r WHERE r.service_id = s.id))
    FROM service_tokens t JOIN services s ON s.tenant_id = t.tenant_id AND s.id = t.service_id
    WHERE t.token_hash = p_token_hash
  $$;
--> statement-breakpoint
-- authorize (p_record false) and authrep (p_record true) of one call, in one statement, in the order of
-- issue 10's checks: the token (service_token_invalid), the application and its key, its state
-- (application_not_active), the service's (service_not_active), then the plan's limits on the metrics the
-- call uses (p_metric_ids, already rolled up; every limit when it reports nothing) as
-- @gatehouse/schema/usage's exceededLimit decides: current + amount ≤ max (current ≤ max without usage),
-- shortest period first. An authrep creates the counters it needs, locks them in a fixed order (no
-- deadlock), checks every limit, and increments all of them or none: concurrent calls of one application
-- wait for each other's function call, never across a round trip, and never pass a limit.
-- Answers { error } or { tenantId, applicationId, accountId, planId, limits: [{ metricId, period, max,
-- current }], broken: index into limits (0-based) or null }; `current` is after the increment when recorded.
CREATE OR REPLACE FUNCTION gatehouse_usage_authorize(
  p_token_hash text, p_service_id uuid, p_kind text, p_credential text, p_app_key text,
  p_metric_ids uuid[], p_amounts bigint[], p_at timestamptz, p_record boolean) RETURNS jsonb
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  DECLARE
    v_tenant uuid;
    v_service_state text;
    v_app record;
    v_ids uuid[];
    v_periods text[];
    v_max bigint[];
    v_amounts bigint[];
    v_current bigint[];
    v_broken int;
    v_n int;
    v_locked int;
    v_reports boolean := coalesce(cardinality(p_metric_ids), 0) > 0;
  BEGIN
    SELECT s.tenant_id, s.state INTO v_tenant, v_service_state
      FROM service_tokens t JOIN services s ON s.tenant_id = t.tenant_id AND s.id = t.service_id
      WHERE t.token_hash = p_token_hash AND t.service_id = p_service_id;
    IF NOT FOUND THEN RETURN jsonb_build_object('error', 'service_token_invalid'); END IF;
    -- The application: by user_key (USER_KEY), else by app_id, which is also the OIDC client_id. An
    -- application with app keys must be called with one of them (APP_ID_APP_KEY); one without needs none.
    IF p_kind = 'user_key' THEN
      SELECT a.id AS application_id, a.account_id, a.plan_id, a.state INTO v_app
        FROM applications a WHERE a.service_id = p_service_id AND a.user_key = p_credential;
    ELSE
      SELECT a.id AS application_id, a.account_id, a.plan_id, a.state INTO v_app
        FROM applications a WHERE a.tenant_id = v_tenant AND a.app_id = p_credential AND a.service_id = p_service_id;
    END IF;
    IF NOT FOUND THEN RETURN jsonb_build_object('error', 'application_not_found'); END IF;
    IF p_kind = 'app_id' THEN
      IF p_app_key IS NULL THEN
        IF EXISTS (SELECT 1 FROM application_keys k WHERE k.application_id = v_app.application_id) THEN
          RETURN jsonb_build_object('error', 'application_key_missing');
        END IF;
      ELSIF NOT EXISTS (SELECT 1 FROM application_keys k WHERE k.application_id = v_app.application_id AND k.value = p_app_key) THEN
        RETURN jsonb_build_object('error', 'application_key_invalid');
      END IF;
    END IF;
    IF v_app.state <> 'LIVE' THEN RETURN jsonb_build_object('error', 'application_not_active', 'state', v_app.state); END IF;
    IF v_service_state <> 'ACTIVE' THEN RETURN jsonb_build_object('error', 'service_not_active'); END IF;

    SELECT array_agg(l.metric_id ORDER BY o.n, l.metric_id), array_agg(l.period ORDER BY o.n, l.metric_id),
           array_agg(l.value ORDER BY o.n, l.metric_id), array_agg(coalesce(u.amount, 0) ORDER BY o.n, l.metric_id)
      INTO v_ids, v_periods, v_max, v_amounts
      FROM usage_limits l
      CROSS JOIN LATERAL (SELECT array_position(ARRAY['MINUTE','HOUR','DAY','WEEK','MONTH','YEAR','ETERNITY'], l.period) AS n) o
      LEFT JOIN unnest(p_metric_ids, p_amounts) AS u(metric_id, amount) ON u.metric_id = l.metric_id
      WHERE l.plan_id = v_app.plan_id AND (NOT v_reports OR u.metric_id IS NOT NULL);
    v_n := coalesce(cardinality(v_ids), 0);

    IF p_record AND v_reports AND v_n > 0 THEN
      -- Lock the counters in a fixed order and read them as locked (the latest committed values). The
      -- first call of a period finds some missing: it creates them (0) and locks again.
      FOR attempt IN 1..2 LOOP
        SELECT count(*), array_agg(locked.value ORDER BY locked.i) INTO v_locked, v_current
          FROM (SELECT c.value, x.i FROM usage_counters c
                JOIN unnest(v_ids, v_periods) WITH ORDINALITY AS x(m, p, i)
                  ON c.metric_id = x.m AND c.period = x.p AND c.period_start = gatehouse_period_start(x.p, p_at)
                WHERE c.application_id = v_app.application_id
                ORDER BY c.metric_id, c.period
                FOR UPDATE OF c) locked;
        EXIT WHEN v_locked = v_n;
        INSERT INTO usage_counters (tenant_id, application_id, metric_id, period, period_start, value)
          SELECT v_tenant, v_app.application_id, x.m, x.p, gatehouse_period_start(x.p, p_at), 0 FROM unnest(v_ids, v_periods) AS x(m, p)
          ON CONFLICT DO NOTHING;
      END LOOP;
    ELSE
      SELECT array_agg(coalesce(c.value, 0) ORDER BY x.i) INTO v_current
        FROM unnest(v_ids, v_periods) WITH ORDINALITY AS x(m, p, i)
        LEFT JOIN usage_counters c ON c.application_id = v_app.application_id AND c.metric_id = x.m AND c.period = x.p
                                   AND c.period_start = gatehouse_period_start(x.p, p_at);
    END IF;
    FOR i IN 1..v_n LOOP
      IF (v_reports AND v_current[i] + v_amounts[i] > v_max[i]) OR (NOT v_reports AND v_current[i] > v_max[i]) THEN
        v_broken := i;
        EXIT;
      END IF;
    END LOOP;
    IF p_record AND v_reports AND v_n > 0 AND v_broken IS NULL THEN
      UPDATE usage_counters c SET value = c.value + x.a
        FROM unnest(v_ids, v_periods, v_amounts) AS x(m, p, a)
        WHERE c.application_id = v_app.application_id AND c.metric_id = x.m AND c.period = x.p AND c.period_start = gatehouse_period_start(x.p, p_at);
      FOR i IN 1..v_n LOOP v_current[i] := v_current[i] + v_amounts[i]; END LOOP;
    END IF;
    RETURN jsonb_build_object(
      'tenantId', v_tenant, 'applicationId', v_app.application_id, 'accountId', v_app.account_id, 'planId', v_app.plan_id,
      'broken', v_broken - 1,
      'limits', (SELECT coalesce(jsonb_agg(jsonb_build_object('metricId', v_ids[i], 'period', v_periods[i], 'max', v_max[i], 'current', v_current[i]) ORDER BY i), '[]'::jsonb)
                 FROM generate_series(1, v_n) AS i));
  END
  $$;
--> statement-breakpoint
-- The applications of a batch of reported transactions (report: no limits, no state checks), one row per
-- credential in the order given, with `error` set when it is not found (application_not_found) or its app key is missing or wrong
-- (an application with app keys must be called with one of them, one without needs none); no rows for a token nobody
-- has. Set-based: one plan for the whole batch.
CREATE OR REPLACE FUNCTION gatehouse_usage_applications(p_token_hash text, p_service_id uuid, p_kinds text[], p_credentials text[], p_app_keys text[])
  RETURNS TABLE (tenant_id uuid, application_id uuid, account_id uuid, error text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT t.tenant_id, a.id, a.account_id,
      CASE
        WHEN a.id IS NULL THEN 'application_not_found'
        WHEN x.kind <> 'app_id' THEN NULL
        WHEN x.app_key IS NULL THEN
          CASE WHEN EXISTS (SELECT 1 FROM application_keys k WHERE k.application_id = a.id) THEN 'application_key_missing' END
        WHEN NOT EXISTS (SELECT 1 FROM application_keys k WHERE k.application_id = a.id AND k.value = x.app_key) THEN 'application_key_invalid'
      END
    FROM service_tokens t
    CROSS JOIN unnest(p_kinds, p_credentials, p_app_keys) WITH ORDINALITY AS x(kind, credential, app_key, i)
    LEFT JOIN applications by_key ON x.kind = 'user_key' AND by_key.service_id = p_service_id AND by_key.user_key = x.credential
    LEFT JOIN applications by_id ON x.kind <> 'user_key' AND by_id.tenant_id = t.tenant_id AND by_id.app_id = x.credential AND by_id.service_id = p_service_id
    CROSS JOIN LATERAL (SELECT coalesce(by_key.id, by_id.id) AS id, coalesce(by_key.account_id, by_id.account_id) AS account_id) a
    WHERE t.token_hash = p_token_hash AND t.service_id = p_service_id
    ORDER BY x.i
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION gatehouse_usage_service(text),
  gatehouse_usage_authorize(text, uuid, text, text, text, uuid[], bigint[], timestamptz, boolean),
  gatehouse_usage_applications(text, uuid, text[], text[], text[]) FROM PUBLIC;
--> statement-breakpoint
-- What the endpoint keeps of a service changes: tell every process (payload: the service's id).
CREATE OR REPLACE FUNCTION gatehouse_usage_service_changed() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    PERFORM pg_notify('gatehouse_usage_service', coalesce(to_jsonb(NEW), to_jsonb(OLD)) ->> TG_ARGV[0]);
    RETURN NULL;
  END
  $$;
--> statement-breakpoint
CREATE TRIGGER usage_service_changed AFTER UPDATE OR DELETE ON services FOR EACH ROW EXECUTE FUNCTION gatehouse_usage_service_changed('id');
--> statement-breakpoint
CREATE TRIGGER usage_service_changed AFTER INSERT OR UPDATE OR DELETE ON metrics FOR EACH ROW EXECUTE FUNCTION gatehouse_usage_service_changed('service_id');
--> statement-breakpoint
CREATE TRIGGER usage_service_changed AFTER INSERT OR UPDATE OR DELETE ON mapping_rules FOR EACH ROW EXECUTE FUNCTION gatehouse_usage_service_changed('service_id');
--> statement-breakpoint
CREATE TRIGGER usage_service_changed AFTER UPDATE OR DELETE ON service_tokens FOR EACH ROW EXECUTE FUNCTION gatehouse_usage_service_changed('service_id');
