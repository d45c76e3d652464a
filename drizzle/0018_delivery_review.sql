CREATE INDEX "outbox_messages_time_idx" ON "outbox_messages" USING btree ("created_at","id");--> statement-breakpoint
ALTER POLICY "tenant_isolation" ON "notification_preferences" TO gatehouse_app USING (tenant_id = gatehouse_current_tenant() or gatehouse_is_master()) WITH CHECK (tenant_id = gatehouse_current_tenant() or gatehouse_is_master());--> statement-breakpoint
-- The claim counts the attempt (so a message whose send kills its process is still counted, and
-- given up after the last), and compares with the time once per statement: `(select clock_timestamp())`
-- is evaluated once, so it bounds the scan of the partial index instead of filtering every row.
DROP FUNCTION IF EXISTS gatehouse_claim_outbox(text, integer, integer);
--> statement-breakpoint
CREATE FUNCTION gatehouse_claim_outbox(p_owner text, p_lease_ms integer, p_limit integer)
  RETURNS TABLE (id uuid, tenant_id uuid, is_master boolean, to_address text, subject text, text_body text, html_body text, attempts integer)
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    WITH claimed AS (
      UPDATE outbox_messages m
      SET lease_owner = p_owner,
          lease_expires_at = clock_timestamp() + p_lease_ms * interval '1 millisecond',
          attempts = m.attempts + 1
      WHERE m.id IN (
        SELECT c.id FROM outbox_messages c
        WHERE c.status = 'PENDING'
          AND c.next_attempt_at <= (SELECT clock_timestamp())
          AND (c.lease_expires_at IS NULL OR c.lease_expires_at < (SELECT clock_timestamp()))
        ORDER BY c.next_attempt_at
        LIMIT p_limit
        FOR UPDATE SKIP LOCKED
      )
      RETURNING m.id, m.tenant_id, m.to_address, m.subject, m.text_body, m.html_body, m.attempts
    )
    SELECT c.id, c.tenant_id, t.is_master, c.to_address, c.subject, c.text_body, c.html_body, c.attempts
    FROM claimed c JOIN tenants t ON t.id = c.tenant_id
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION gatehouse_claim_outbox(text, integer, integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION gatehouse_claim_outbox(text, integer, integer) TO gatehouse_app;
--> statement-breakpoint
-- The purge compares with the statement's time (indexable), and also removes unread notifications
-- after a year: a user who never reads does not grow the table forever.
CREATE OR REPLACE FUNCTION gatehouse_purge_notifications(p_read_days integer, p_mail_days integer)
  RETURNS void
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    DELETE FROM outbox_messages WHERE status IN ('SENT', 'FAILED', 'HELD') AND created_at < now() - p_mail_days * interval '1 day';
    DELETE FROM notifications WHERE created_at < now() - 365 * interval '1 day'
      OR (read_at IS NOT NULL AND created_at < now() - p_read_days * interval '1 day');
  $$;
--> statement-breakpoint
-- Only the scheduler writes its slots, as the owner; requests have no business there.
REVOKE ALL ON "scheduled_runs" FROM gatehouse_app;
