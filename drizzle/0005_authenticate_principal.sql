-- Request authentication in one statement (server/src/auth/authenticate.ts): each function returns
-- the principal a credential hashes to — tenant, user, role and the credential's own facts — so the
-- core auth layer needs no access to the team module's tables. SECURITY DEFINER, like the lookups
-- of 0002: the only cross-tenant reads, one row per credential.
CREATE OR REPLACE FUNCTION gatehouse_authenticate_session(p_token_hash text, p_now timestamptz)
  RETURNS TABLE (tenant_id uuid, is_master boolean, user_id uuid, role text, email text, session_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT s.tenant_id, t.is_master, u.id, u.role, u.email, s.id
    FROM sessions s
    JOIN tenants t ON t.id = s.tenant_id
    JOIN users u ON u.id = s.user_id
    WHERE s.token_hash = p_token_hash AND s.expires_at > p_now
  $$;
--> statement-breakpoint
-- Also records the token's last use, at most once a minute (one write per minute, not per request).
CREATE OR REPLACE FUNCTION gatehouse_authenticate_token(p_token_hash text, p_now timestamptz)
  RETURNS TABLE (tenant_id uuid, is_master boolean, user_id uuid, role text, email text, token_id uuid,
                 scopes text[], permission text, revoked_at timestamptz, expires_at timestamptz)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  BEGIN
    UPDATE access_tokens a SET last_used_at = p_now
      WHERE a.token_hash = p_token_hash
        AND a.revoked_at IS NULL
        AND (a.expires_at IS NULL OR a.expires_at > p_now)
        AND (a.last_used_at IS NULL OR a.last_used_at < p_now - interval '1 minute');
    RETURN QUERY
      SELECT a.tenant_id, t.is_master, u.id, u.role, u.email, a.id, a.scopes, a.permission, a.revoked_at, a.expires_at
      FROM access_tokens a
      JOIN tenants t ON t.id = a.tenant_id
      JOIN users u ON u.id = a.user_id
      WHERE a.token_hash = p_token_hash;
  END
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION gatehouse_authenticate_session(text, timestamptz), gatehouse_authenticate_token(text, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION gatehouse_authenticate_session(text, timestamptz), gatehouse_authenticate_token(text, timestamptz) TO gatehouse_app;
--> statement-breakpoint
-- Replaced by the two functions above.
DROP FUNCTION IF EXISTS gatehouse_auth_session(text);
--> statement-breakpoint
DROP FUNCTION IF EXISTS gatehouse_auth_access_token(text);
