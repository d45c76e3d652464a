import type { WebhookEvent } from '@gatehouse/schema/webhooks';
import type { TenantFixture } from '../../testing/factories';
import { fromGlobalId, toGlobalId } from '../global-id';
import type { WebhookAttemptFixture, WebhookDeliveryFixture, WebhookSettingsFixture, WebhooksState } from './webhooks';

/** Stable row keys for the mock's own demo rows: `7` deliveries, `6` their attempts, `5` their event ids. */
const seedKey = (kind: '5' | '6' | '7', n: number) => `00000000-0000-4000-${kind}000-${String(n).padStart(12, '0')}`;

/** The demo webhook's URL and secret (a fixed one: the demo's screens stay the same from run to run). */
export const DEMO_WEBHOOK_URL = 'https://hooks.example.com/gatehouse';
const DEMO_SECRET = 'whsec_R2F0ZWhvdXNlIGRlbW8gd2ViaG9vayBzZWNyZXQgMDE';
const DEMO_EVENTS: WebhookEvent[] = ['ACCOUNT_CREATED', 'ACCOUNT_PLAN_CHANGED', 'APPLICATION_CREATED', 'APPLICATION_SUSPENDED', 'KEY_CREATED'];

const at = (iso: string, plusMs = 0) => new Date(Date.parse(iso) + plusMs).toISOString();
/** The server's default retry delay (GATEHOUSE_WEBHOOK_RETRY_DELAYS: 60 s, five times). */
const RETRY_MS = 60_000;

interface AttemptSpec {
  statusCode: number | null;
  durationMs: number;
  response: string | null;
  error: string | null;
}
const ok = (response = '{"received":true}', durationMs = 142): AttemptSpec => ({ statusCode: 200, durationMs, response, error: null });
const answered = (statusCode: number, response: string, durationMs = 87): AttemptSpec => ({ statusCode, durationMs, response, error: `The endpoint answered ${statusCode}.` });
const redirected = (): AttemptSpec => ({ statusCode: 302, durationMs: 64, response: null, error: 'Redirected (302); webhooks do not follow redirects.' });
const timedOut = (): AttemptSpec => ({ statusCode: null, durationMs: 10_002, response: null, error: 'No answer within 10 s.' });

/**
 * A webhook for the demo's Settings → Webhooks: Acme's, enabled, listening to a few developer
 * events, with a delivery in each state and its attempt log — delivered at once, delivered after
 * retries, failed after every retry (an endpoint that kept failing, one that redirects), pending
 * between retries, and a test ping that went through (none pending: the page can ping). The server's demo seed has no webhook; the
 * parity test starts the mock without these rows (`withoutMockOnlyWebhooks`).
 */
export function seedDemoWebhooks(tenant: TenantFixture): WebhooksState {
  const settings: WebhookSettingsFixture = {
    tenantId: tenant.id,
    url: DEMO_WEBHOOK_URL,
    enabled: true,
    adminActionsFire: false,
    events: DEMO_EVENTS,
    secret: DEMO_SECRET,
    previousSecret: null,
    previousSecretExpiresAt: null,
    updatedAt: '2026-01-15T10:00:00.000Z',
  };
  const deliveries: WebhookDeliveryFixture[] = [];
  const attempts: WebhookAttemptFixture[] = [];
  const account = { id: toGlobalId('Account', seedKey('5', 101)), name: 'Initech' };
  const application = { id: toGlobalId('Application', seedKey('5', 102)), name: 'Initech reports', account };

  const delivery = (n: number, createdAt: string, type: string, action: string, object: unknown, tried: AttemptSpec[], outcome: 'DELIVERED' | 'FAILED' | 'PENDING') => {
    const id = toGlobalId('WebhookDelivery', seedKey('7', n));
    const eventId = seedKey('5', n);
    // The first attempt right after the event, each retry a delay after the one before.
    const times = tried.map((_, i) => at(createdAt, 200 + i * RETRY_MS));
    tried.forEach((attempt, i) => attempts.push({ id: seedKey('6', n * 10 + i), tenantId: tenant.id, deliveryId: id, attemptedAt: times[i]!, ...attempt }));
    const last = tried.at(-1);
    deliveries.push({
      __typename: 'WebhookDelivery',
      id,
      tenantId: tenant.id,
      eventId,
      event: `${type}.${action}`,
      url: DEMO_WEBHOOK_URL,
      body: JSON.stringify({ id: eventId, type, action, occurredAt: createdAt, object }),
      status: outcome,
      attempts: tried.length,
      nextAttemptAt: outcome === 'PENDING' ? (last ? at(times.at(-1)!, RETRY_MS) : createdAt) : null,
      lastStatusCode: last?.statusCode ?? null,
      lastError: last?.error ?? null,
      createdAt,
      deliveredAt: outcome === 'DELIVERED' ? at(times.at(-1)!, last!.durationMs) : null,
    });
  };

  delivery(1, '2026-01-15T10:05:00.000Z', 'account', 'created', account, [ok()], 'DELIVERED');
  delivery(2, '2026-01-15T10:12:00.000Z', 'application', 'created', { ...application, plan: { id: toGlobalId('Plan', seedKey('5', 103)), name: 'Basic' } }, [
    answered(500, 'Internal Server Error'),
    timedOut(),
    ok(),
  ], 'DELIVERED');
  delivery(3, '2026-01-16T08:40:00.000Z', 'application_key', 'created', { id: toGlobalId('ApplicationKey', seedKey('5', 104)), application: { id: application.id } }, Array.from({ length: 6 }, () => answered(503, 'Service Unavailable')), 'FAILED');
  delivery(4, '2026-01-16T15:20:00.000Z', 'application', 'suspended', application, Array.from({ length: 6 }, redirected), 'FAILED');
  delivery(5, '2026-01-17T11:02:00.000Z', 'account', 'plan_changed', { ...account, plan: { id: toGlobalId('Plan', seedKey('5', 105)), name: 'Pro' } }, [
    answered(502, 'Bad Gateway'),
    answered(504, 'Gateway Timeout', 30_001),
  ], 'PENDING');
  delivery(6, '2026-01-17T14:45:00.000Z', 'webhook', 'ping', { tenant: { id: tenant.id, name: tenant.name, subdomain: tenant.subdomain }, message: 'This is a test event from Gatehouse.' }, [ok('ok', 95)], 'DELIVERED');

  return { webhookSettings: [settings], webhookDeliveries: deliveries, webhookAttempts: attempts };
}

const mockOnly = (id: string, kind: '6' | '7') => new RegExp(`-${kind}000-`).test(fromGlobalId(id)?.rowId ?? id);

/**
 * The store as the server's demo seed leaves it, without the demo webhook above: where the parity
 * test starts (with `withoutMockOnlyDemo` of the notifications).
 */
export function withoutMockOnlyWebhooks(seeded: WebhooksState): WebhooksState {
  return {
    webhookSettings: seeded.webhookSettings.filter((s) => s.secret !== DEMO_SECRET),
    webhookDeliveries: seeded.webhookDeliveries.filter((d) => !mockOnly(d.id, '7')),
    webhookAttempts: seeded.webhookAttempts.filter((a) => !mockOnly(a.id, '6')),
  };
}
