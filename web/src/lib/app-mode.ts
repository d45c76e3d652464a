/** `pnpm dev:mock` (vite --mode mock) runs the SPA on MSW with no server. */
export const isMockMode = import.meta.env.MODE === 'mock';
