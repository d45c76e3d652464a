-- pg_temp last: a SECURITY DEFINER function must not resolve names to a caller's temporary objects.
ALTER FUNCTION gatehouse_auth_tenant(text) SET search_path = public, pg_temp;
--> statement-breakpoint
ALTER FUNCTION gatehouse_auth_session(text) SET search_path = public, pg_temp;
--> statement-breakpoint
ALTER FUNCTION gatehouse_auth_access_token(text) SET search_path = public, pg_temp;
