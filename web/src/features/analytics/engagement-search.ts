/** The engagement report's URL state: the window in days and an optional plan. */
export interface EngagementSearch {
  /** Accounts that signed up in the last N days (1–365); 30 when absent. */
  days?: number;
  /** Only accounts on this plan (their account plan or an application's plan). */
  plan?: string;
}

export const DEFAULT_ENGAGEMENT_DAYS = 30;
export const MAX_ENGAGEMENT_DAYS = 365;

/** A whole number of days the API takes (1–365). */
export function engagementDays(value: unknown): number | undefined {
  const days = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= MAX_ENGAGEMENT_DAYS ? days : undefined;
}

export function validateEngagementSearch(raw: Record<string, unknown>): EngagementSearch {
  const days = engagementDays(raw['days']);
  const plan = typeof raw['plan'] === 'string' && /^[A-Za-z0-9_=-]{1,200}$/.test(raw['plan']) ? raw['plan'] : undefined;
  return { days: days === DEFAULT_ENGAGEMENT_DAYS ? undefined : days, plan };
}
