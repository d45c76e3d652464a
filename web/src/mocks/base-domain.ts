/** The imitated server's GATEHOUSE_BASE_DOMAIN: tenants' `adminDomain` is `<subdomain>-admin.gatehouse.local`. */
export const MOCK_BASE_DOMAIN = 'gatehouse.local';
