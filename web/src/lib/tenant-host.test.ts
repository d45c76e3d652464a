// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tenantFromHost } from './tenant-host';

describe('tenantFromHost', () => {
  it('reads the tenant from <sub>-admin.<domain>', () => {
    expect(tenantFromHost('acme-admin.example.com')).toBe('acme');
    expect(tenantFromHost('big-co-admin.gatehouse.test')).toBe('big-co');
  });

  it('has no tenant on the master portal or a bare host', () => {
    expect(tenantFromHost('admin.example.com')).toBeUndefined();
    expect(tenantFromHost('localhost')).toBeUndefined();
  });
});
