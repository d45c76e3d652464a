import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The same handlers as mock mode, for Vitest. */
export const server = setupServer(...handlers);
