import { NOTIFICATION_TYPES, type NotificationType } from '@gatehouse/schema/notifications';

/**
 * The email of a notification, rendered as the server renders it into the outbox
 * (server/src/modules/notifications/mail.ts `renderNotificationMail`): the mock sends nothing — with
 * no mail server its mail is HELD, as the server's is without SMTP_URL — but the outbox shows the
 * same subject, text and HTML. A copy, kept in step with the server's by the parity test, which
 * compares the bodies as values.
 */
export interface MailInput {
  type: NotificationType;
  tenantName: string;
  summary: string;
  /** The page in the admin about it (absolute URL). */
  link: string;
  /** The recipient's notification preferences page (absolute URL). */
  preferencesLink: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function renderNotificationMail(input: MailInput): { subject: string; text: string; html: string } {
  const { title } = NOTIFICATION_TYPES[input.type];
  const subject = `[${input.tenantName}] ${title}`.replace(/[\r\n]+/g, ' ').slice(0, 250);
  const text = [
    `${title}`,
    '',
    input.summary,
    '',
    `Open it in the admin: ${input.link}`,
    '',
    '--',
    `You get this email from ${input.tenantName}'s Gatehouse admin because of your notification preferences:`,
    input.preferencesLink,
  ].join('\n');
  const html = `<!doctype html>
<html><body style="font-family: system-ui, sans-serif; color: #1f2933; line-height: 1.5">
<p style="color: #52606d; margin: 0">${escapeHtml(input.tenantName)}</p>
<h2 style="margin: 4px 0 12px">${escapeHtml(title)}</h2>
<p>${escapeHtml(input.summary)}</p>
<p><a href="${escapeHtml(input.link)}" style="color: #1c7ed6">Open it in the admin</a></p>
<hr style="border: none; border-top: 1px solid #e4e7eb">
<p style="font-size: 12px; color: #7b8794">You get this email because of your <a href="${escapeHtml(input.preferencesLink)}">notification preferences</a>.</p>
</body></html>`;
  return { subject, text, html };
}

/**
 * The admin's address for a tenant (the server's `adminUrlOf`): its own host under the base domain
 * (`http://<subdomain>-admin.<base domain>`, as the parity server is configured), else the public URL.
 */
export function adminUrlOf(baseDomain: string | null, subdomain: string, publicUrl = 'http://localhost:4000'): string {
  return baseDomain ? `http://${subdomain}-admin.${baseDomain}` : publicUrl;
}
