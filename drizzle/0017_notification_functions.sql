-- Delivery workers serve every tenant but run in no tenant until they hold mail. As with jobs
-- (0007_jobs_claim.sql), this function is their only cross-tenant access: it leases up to p_limit
-- messages that are due (PENDING, next attempt now or past, lease free or expired) to p_owner and
-- returns what sending needs. SKIP LOCKED: processes claiming at once never take the same message.
CREATE OR REPLACE FUNCTION gatehouse_claim_outbox(p_owner text, p_lease_ms integer, p_limit integer)
  RETURNS TABLE (id uuid, tenant_id uuid, is_master boolean, to_address text, subject text, text_body text, html_body text, attempts integer)
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    WITH claimed AS (
      UPDATE outbox_messages m
      SET lease_owner = p_owner, lease_expires_at = clock_timestamp() + p_lease_ms * interval '1 millisecond'
      WHERE m.id IN (
        SELECT c.id FROM outbox_messages c
        WHERE c.status = 'PENDING'
          AND c.next_attempt_at <= clock_timestamp()
          AND (c.lease_expires_at IS NULL OR c.lease_expires_at < clock_timestamp())
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
-- The daily purge (notifications.purge): read notifications older than p_read_days, and mail that is
-- done with (sent, failed, held) older than p_mail_days, of every tenant. Unread notifications and
-- mail still to send are kept however old.
CREATE OR REPLACE FUNCTION gatehouse_purge_notifications(p_read_days integer, p_mail_days integer)
  RETURNS void
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    DELETE FROM outbox_messages WHERE status IN ('SENT', 'FAILED', 'HELD') AND created_at < clock_timestamp() - p_mail_days * interval '1 day';
    DELETE FROM notifications WHERE read_at IS NOT NULL AND created_at < clock_timestamp() - p_read_days * interval '1 day';
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION gatehouse_purge_notifications(integer, integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION gatehouse_purge_notifications(integer, integer) TO gatehouse_app;
