import { toGlobalId } from '../mocks/global-id';
import { state } from '../mocks/store';
import type { WebhookDeliveryFixture } from '../mocks/webhooks/webhooks';

/** The server's default retries (GATEHOUSE_WEBHOOK_RETRY_DELAYS: 60 s, five times): a sixth failure is FAILED. */
const RETRY_DELAYS_MS = [60_000, 60_000, 60_000, 60_000, 60_000];

export interface MockWebhookAttempt {
  statusCode: number | null;
  durationMs: number;
  response?: string | null;
  /** Null: the endpoint took it (2xx). */
  error?: string | null;
}

/** Deliveries a "worker" claimed and has not finished posting: the server counts the attempt at the claim. */
const claimed = new Set<string>();

function findDelivery(deliveryId: string): WebhookDeliveryFixture {
  const delivery = state.webhookDeliveries.find((d) => d.id === deliveryId);
  if (!delivery) throw new Error(`No mock webhook delivery ${deliveryId}`);
  return delivery;
}

/** A delivery worker claims a due delivery, as the server's `gatehouse_claim_webhooks` does: one more attempt, not yet logged. */
export function claimMockWebhookDelivery(deliveryId: string): WebhookDeliveryFixture {
  const delivery = findDelivery(deliveryId);
  delivery.attempts += 1;
  claimed.add(deliveryId);
  return delivery;
}

/**
 * One attempt at posting a delivery, recorded as the server's delivery worker records it (the mock
 * never posts), claiming it first unless that was done: DELIVERED on success, else PENDING until the
 * next retry, or FAILED after the last.
 */
export function attemptMockWebhookDelivery(deliveryId: string, attempt: MockWebhookAttempt): WebhookDeliveryFixture {
  const delivery = claimed.has(deliveryId) ? findDelivery(deliveryId) : claimMockWebhookDelivery(deliveryId);
  claimed.delete(deliveryId);
  const now = new Date();
  const error = attempt.error ?? null;
  const attempts = delivery.attempts;
  const retryIn = RETRY_DELAYS_MS[attempts - 1];
  state.webhookAttempts.push({
    id: crypto.randomUUID(),
    tenantId: delivery.tenantId,
    deliveryId,
    attemptedAt: now.toISOString(),
    statusCode: attempt.statusCode,
    durationMs: attempt.durationMs,
    response: attempt.response ?? null,
    error,
  });
  return Object.assign(delivery, {
    attempts,
    status: error === null ? 'DELIVERED' : retryIn === undefined ? 'FAILED' : 'PENDING',
    deliveredAt: error === null ? now.toISOString() : null,
    lastStatusCode: attempt.statusCode,
    lastError: error,
    nextAttemptAt: error === null || retryIn === undefined ? null : new Date(now.getTime() + retryIn).toISOString(),
  } satisfies Partial<WebhookDeliveryFixture>);
}

let sequence = 0;

/** A delivery of a tenant's webhook, written straight into the mock store, e.g. many failed ones for a bulk retry. */
export function addMockWebhookDelivery(tenantId: string, overrides: Partial<WebhookDeliveryFixture> = {}): WebhookDeliveryFixture {
  sequence += 1;
  const eventId = `00000000-0000-4000-d000-${String(sequence).padStart(12, '0')}`;
  const createdAt = new Date(Date.parse('2026-02-01T00:00:00.000Z') + sequence * 1_000).toISOString();
  const delivery: WebhookDeliveryFixture = {
    __typename: 'WebhookDelivery',
    id: toGlobalId('WebhookDelivery', `00000000-0000-4000-c000-${String(sequence).padStart(12, '0')}`),
    tenantId,
    eventId,
    event: 'account.updated',
    url: 'https://hooks.example.com/gatehouse',
    body: JSON.stringify({ id: eventId, type: 'account', action: 'updated', occurredAt: createdAt, object: { id: 'acct', name: `Account ${sequence}` } }),
    status: 'FAILED',
    attempts: 6,
    nextAttemptAt: null,
    lastStatusCode: 503,
    lastError: 'The endpoint answered 503.',
    createdAt,
    deliveredAt: null,
    ...overrides,
  };
  state.webhookDeliveries.push(delivery);
  return delivery;
}
