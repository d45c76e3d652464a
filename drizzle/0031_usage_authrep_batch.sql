-- Checks of the usage endpoint in batches (issue 10, ADR 0006): the calls of a gateway that arrive
-- while the previous batch is being written are checked together, in arrival order, in ONE call of
-- this function — one statement and one commit for the whole batch, where a call alone costs both.
-- Same rules as gatehouse_usage_authorize, call by call:
--  * per call: token (and its product), application by the product's authentication mode, app key,
--    application state, product state — the first failure is the call's `error`;
--  * the call's limits: those of its metrics (a call with usage), or every limit of its plan (a call
--    without usage: refused when a counter is already over its limit);
--  * a recording call (authrep) with usage is authorized when every one of its limited counters stays
--    within its limit, and then increments all of them; a refused call increments none. Later calls of
--    the batch see the increments of earlier ones, as if each had run alone, one after the other.
-- Exactness: the limited counters that recording calls need are locked first, all of them, in one
-- fixed order (application, metric, period, period start) — the order every writer of usage_counters
-- takes rows in — and read once locked; concurrent batches (other processes) wait, never overshoot.
-- Answers, as arrays by call (1-based): error, state, tenant, application, account, broken (index of
-- the first limit exceeded among the call's limits, 0-based) and, by limit, the call it belongs to,
-- its metric, period, maximum and current value (after the call's increment when it was counted).
CREATE OR REPLACE FUNCTION gatehouse_usage_check_batch(
  p_hashes text[], p_service_ids uuid[], p_kinds text[], p_credentials text[], p_app_keys text[],
  p_at timestamptz[], p_record boolean[], p_reports boolean[],
  p_item_calls int[], p_item_metrics uuid[], p_item_amounts bigint[]) RETURNS jsonb
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  DECLARE
    v_n int := coalesce(cardinality(p_hashes), 0);
    v_error text[];
    v_state text[];
    v_tenant uuid[];
    v_app uuid[];
    v_account uuid[];
    v_plan uuid[];
    -- the calls' limits, by call then in the period order of gatehouse_usage_authorize
    v_call int[];
    v_metric uuid[];
    v_period text[];
    v_max bigint[];
    v_amount bigint[];
    v_key int[];
    v_current bigint[];
    -- the distinct counters of those limits, in lock order
    k_app uuid[];
    k_metric uuid[];
    k_period text[];
    k_start timestamptz[];
    k_lock boolean[];
    k_tenant uuid[];
    k_value bigint[];
    k_dirty boolean[];
    v_broken int[];
    v_locks int;
    v_locked int;
    v_m int;
    v_j int := 1;
    v_s int;
    v_b int;
  BEGIN
    IF v_n = 0 THEN RETURN NULL; END IF;
    SELECT array_agg(r.error ORDER BY r.i), array_agg(r.state ORDER BY r.i), array_agg(r.tenant_id ORDER BY r.i),
           array_agg(r.application_id ORDER BY r.i), array_agg(r.account_id ORDER BY r.i), array_agg(r.plan_id ORDER BY r.i)
      INTO v_error, v_state, v_tenant, v_app, v_account, v_plan
      FROM (
        SELECT x.i, t.tenant_id, a.id AS application_id, a.account_id, a.plan_id, a.state,
          CASE
            WHEN t.tenant_id IS NULL THEN 'service_token_invalid'
            WHEN a.id IS NULL THEN 'application_not_found'
            WHEN x.kind = 'app_id' AND x.app_key IS NULL AND EXISTS (SELECT 1 FROM application_keys k WHERE k.application_id = a.id) THEN 'application_key_missing'
            WHEN x.kind = 'app_id' AND x.app_key IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM application_keys k WHERE k.application_id = a.id AND k.value = x.app_key) THEN 'application_key_invalid'
            WHEN a.state <> 'LIVE' THEN 'application_not_active'
            WHEN t.service_state <> 'ACTIVE' THEN 'service_not_active'
          END AS error
        FROM unnest(p_hashes, p_service_ids, p_kinds, p_credentials, p_app_keys) WITH ORDINALITY AS x(hash, service_id, kind, credential, app_key, i)
        LEFT JOIN LATERAL (
          SELECT s.tenant_id, s.state AS service_state FROM service_tokens st JOIN services s ON s.tenant_id = st.tenant_id AND s.id = st.service_id
          WHERE st.token_hash = x.hash AND st.service_id = x.service_id
        ) t ON true
        LEFT JOIN applications by_key ON x.kind = 'user_key' AND t.tenant_id IS NOT NULL AND by_key.service_id = x.service_id AND by_key.user_key = x.credential
        LEFT JOIN applications by_id ON x.kind <> 'user_key' AND by_id.tenant_id = t.tenant_id AND by_id.app_id = x.credential AND by_id.service_id = x.service_id
        CROSS JOIN LATERAL (
          SELECT coalesce(by_key.id, by_id.id) AS id, coalesce(by_key.account_id, by_id.account_id) AS account_id,
                 coalesce(by_key.plan_id, by_id.plan_id) AS plan_id, coalesce(by_key.state, by_id.state) AS state
        ) a
      ) r;

    -- The limits of the calls that passed, and their counters (dense_rank: a counter's place in lock order).
    WITH items AS (
      SELECT c.i, o.n, l.metric_id, l.period, l.value AS max, coalesce(u.amount, 0) AS amount, c.app, c.tenant,
             gatehouse_period_start(l.period, c.at) AS start, c.record AND c.reports AS lock
      FROM (SELECT g.i, v_app[g.i] AS app, v_tenant[g.i] AS tenant, v_plan[g.i] AS plan, p_at[g.i] AS at, p_record[g.i] AS record, p_reports[g.i] AS reports
            FROM generate_subscripts(p_hashes, 1) AS g(i) WHERE v_error[g.i] IS NULL) c
      JOIN usage_limits l ON l.plan_id = c.plan
      CROSS JOIN LATERAL (SELECT array_position(ARRAY['MINUTE','HOUR','DAY','WEEK','MONTH','YEAR','ETERNITY'], l.period) AS n) o
      LEFT JOIN unnest(p_item_calls, p_item_metrics, p_item_amounts) AS u(i, metric_id, amount) ON u.i = c.i AND u.metric_id = l.metric_id
      WHERE NOT c.reports OR u.i IS NOT NULL
    ), ranked AS (
      SELECT items.*, dense_rank() OVER (ORDER BY app, metric_id, period, start)::int AS k FROM items
    ), counters AS (
      SELECT k, app, metric_id, period, start, tenant, bool_or(lock) AS lock FROM ranked GROUP BY k, app, metric_id, period, start, tenant
    )
    SELECT (SELECT array_agg(i ORDER BY i, n, metric_id) FROM ranked), (SELECT array_agg(metric_id ORDER BY i, n, metric_id) FROM ranked),
           (SELECT array_agg(period ORDER BY i, n, metric_id) FROM ranked), (SELECT array_agg(max ORDER BY i, n, metric_id) FROM ranked),
           (SELECT array_agg(amount ORDER BY i, n, metric_id) FROM ranked), (SELECT array_agg(k ORDER BY i, n, metric_id) FROM ranked),
           (SELECT array_agg(app ORDER BY k) FROM counters), (SELECT array_agg(metric_id ORDER BY k) FROM counters),
           (SELECT array_agg(period ORDER BY k) FROM counters), (SELECT array_agg(start ORDER BY k) FROM counters),
           (SELECT array_agg(lock ORDER BY k) FROM counters), (SELECT array_agg(tenant ORDER BY k) FROM counters)
      INTO v_call, v_metric, v_period, v_max, v_amount, v_key, k_app, k_metric, k_period, k_start, k_lock, k_tenant;
    v_m := coalesce(cardinality(v_call), 0);

    IF v_m > 0 THEN
      -- Lock the counters recording calls increment, in order; the first calls of a period find some
      -- missing: they are created (0) and locked again.
      SELECT count(*)::int INTO v_locks FROM unnest(k_lock) AS x(lock) WHERE x.lock;
      IF v_locks > 0 THEN
        FOR attempt IN 1..2 LOOP
          SELECT count(*)::int INTO v_locked
            FROM (SELECT 1 FROM usage_counters c
                  JOIN unnest(k_app, k_metric, k_period, k_start, k_lock) AS x(app, metric_id, period, start, lock)
                    ON c.application_id = x.app AND c.metric_id = x.metric_id AND c.period = x.period AND c.period_start = x.start
                  WHERE x.lock
                  ORDER BY c.application_id, c.metric_id, c.period, c.period_start
                  FOR UPDATE OF c) locked;
          EXIT WHEN v_locked = v_locks;
          INSERT INTO usage_counters (tenant_id, application_id, metric_id, period, period_start, value)
            SELECT x.tenant, x.app, x.metric_id, x.period, x.start, 0
            FROM unnest(k_tenant, k_app, k_metric, k_period, k_start, k_lock) WITH ORDINALITY AS x(tenant, app, metric_id, period, start, lock, k)
            WHERE x.lock ORDER BY x.k
            ON CONFLICT DO NOTHING;
        END LOOP;
      END IF;
      -- Every counter's latest committed value (those locked cannot change any more).
      SELECT array_agg(coalesce(c.value, 0) ORDER BY x.k) INTO k_value
        FROM unnest(k_app, k_metric, k_period, k_start) WITH ORDINALITY AS x(app, metric_id, period, start, k)
        LEFT JOIN usage_counters c ON c.application_id = x.app AND c.metric_id = x.metric_id AND c.period = x.period AND c.period_start = x.start;
    END IF;

    -- The calls in arrival order.
    v_broken := array_fill(NULL::int, ARRAY[v_n]);
    v_current := array_fill(0::bigint, ARRAY[greatest(v_m, 1)]);
    k_dirty := array_fill(false, ARRAY[greatest(cardinality(k_app), 1)]);
    FOR i IN 1..v_n LOOP
      CONTINUE WHEN v_error[i] IS NOT NULL;
      v_s := v_j;
      WHILE v_j <= v_m AND v_call[v_j] = i LOOP v_j := v_j + 1; END LOOP;
      v_b := NULL;
      FOR q IN v_s..v_j - 1 LOOP
        IF k_value[v_key[q]] + v_amount[q] > v_max[q] THEN v_b := q - v_s; EXIT; END IF;
      END LOOP;
      IF v_b IS NULL AND p_record[i] AND p_reports[i] THEN
        FOR q IN v_s..v_j - 1 LOOP
          k_value[v_key[q]] := k_value[v_key[q]] + v_amount[q];
          k_dirty[v_key[q]] := true;
        END LOOP;
      END IF;
      v_broken[i] := v_b;
      FOR q IN v_s..v_j - 1 LOOP v_current[q] := k_value[v_key[q]]; END LOOP;
    END LOOP;

    UPDATE usage_counters c SET value = x.value
      FROM unnest(k_app, k_metric, k_period, k_start, k_value, k_dirty) AS x(app, metric_id, period, start, value, dirty)
      WHERE x.dirty AND c.application_id = x.app AND c.metric_id = x.metric_id AND c.period = x.period AND c.period_start = x.start;

    RETURN jsonb_build_object('error', to_jsonb(v_error), 'state', to_jsonb(v_state), 'tenantId', to_jsonb(v_tenant),
      'applicationId', to_jsonb(v_app), 'accountId', to_jsonb(v_account), 'broken', to_jsonb(v_broken),
      'limitCall', to_jsonb(coalesce(v_call, '{}')), 'limitMetric', to_jsonb(coalesce(v_metric, '{}')), 'limitPeriod', to_jsonb(coalesce(v_period, '{}')),
      'limitMax', to_jsonb(coalesce(v_max, '{}')), 'limitCurrent', to_jsonb(v_current[1:v_m]));
  END
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION gatehouse_usage_check_batch(text[], uuid[], text[], text[], text[], timestamptz[], boolean[], boolean[], int[], uuid[], bigint[]) FROM PUBLIC;
--> statement-breakpoint
-- Replaced by gatehouse_usage_check_batch (a call alone is a batch of one).
DROP FUNCTION gatehouse_usage_authorize(text, uuid, text, text, text, uuid[], bigint[], timestamptz, boolean);
