import { defineConfig } from 'vitest/config';

// Built straight into the jar's static/ folder: Spring Boot serves it at '/'.
// In development `npm run dev` proxies the API to a running service (ECOSYSTEM_URL, default :8080).
const api = process.env.ECOSYSTEM_URL ?? 'http://localhost:8080';

export default defineConfig({
  base: './',
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/graphql': api, '/api': api, '/actuator': api },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
