import { defineConfig } from 'vitest/config';

// Built straight into the jar's static/ folder: Spring Boot serves it at '/'.
// In development `npm run dev` proxies the API to a running service (ECOSYSTEM_URL, default :8080).
const api = process.env.ECOSYSTEM_URL ?? 'http://localhost:8080';

export default defineConfig({
  base: './',
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
    // GraphiQL's editor (Monaco, about 2.8 MB) is one chunk, loaded only by /graphiql.
    chunkSizeWarningLimit: 3000,
    rollupOptions: {
      // Two pages: the web client (index.html) and GraphiQL (graphiql.html, served at /graphiql),
      // each with its own chunks, so the web client never loads GraphiQL's editor.
      input: { main: 'index.html', graphiql: 'graphiql.html' },
      onwarn(warning, warn) {
        // GraphiQL's React libraries mark their modules "use client" (for React server components), which a browser bundle ignores.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  // GraphiQL's editor (Monaco) runs its language services in workers, which import chunks of their own.
  worker: {
    format: 'es',
  },
  server: {
    proxy: { '/graphql': api, '/api': api, '/actuator': api },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
