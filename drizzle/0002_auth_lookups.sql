-- Authentication must find a row before it knows the tenant. These functions are the only way the
-- application role reads across tenants: each returns the one row a credential points at, nothing else.
-- SECURITY DEFINER runs them as their owner (the migrating role), which row-level security does not restrict.
CREATE OR REPLACE FUNCTION gatehouse_auth_tenant(p_subdomain text)
  RETURNS TABLE (id uuid, is_master boolean)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT t.id, t.is_master FROM tenants t
    WHERE (p_subdomain IS NULL AND t.is_master) OR t.subdomain = p_subdomain
    ORDER BY t.is_master DESC
    LIMIT 1
  $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION gatehouse_auth_session(p_token_hash text)
  RETURNS TABLE (session_id uuid, user_id uuid, tenant_id uuid, is_master boolean, expires_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT s.id, s.user_id, s.tenant_id, t.is_master, s.expires_at
    FROM sessions s JOIN tenants t ON t.id = s.tenant_id
    WHERE s.token_hash = p_token_hash
  $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION gatehouse_auth_access_token(p_token_hash text)
  RETURNS TABLE (token_id uuid, user_id uuid, tenant_id uuid, is_master boolean)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT a.id, a.user_id, a.tenant_id, t.is_master
    FROM access_tokens a JOIN tenants t ON t.id = a.tenant_id
    WHERE a.token_hash = p_token_hash
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION gatehouse_auth_tenant(text), gatehouse_auth_session(text), gatehouse_auth_access_token(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION gatehouse_auth_tenant(text), gatehouse_auth_session(text), gatehouse_auth_access_token(text) TO gatehouse_app;
