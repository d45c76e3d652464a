/** The email of a notification: the server's own renderer (`@gatehouse/schema/notification-mail`). */
export { renderNotificationMail } from '@gatehouse/schema/notification-mail';

/**
 * The admin's address for a tenant (the server's `adminUrlOf`): its own host under the base domain
 * (`http://<subdomain>-admin.<base domain>`, as the parity server is configured), else the public URL.
 */
export function adminUrlOf(baseDomain: string | null, subdomain: string, publicUrl = 'http://localhost:4000'): string {
  return baseDomain ? `http://${subdomain}-admin.${baseDomain}` : publicUrl;
}

/** The developer portal's address for a tenant (the server's `portalUrlOf`): `<subdomain>.<base domain>`, else the public URL. */
export function portalUrlOf(baseDomain: string | null, subdomain: string, publicUrl = 'http://localhost:4000'): string {
  return baseDomain ? `http://${subdomain}.${baseDomain}` : publicUrl;
}
