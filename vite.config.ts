// One config for the studio (vite) and the tests (vitest): unit/theory/golden tests in Node, e2e in Chromium.
import { defineConfig } from 'vitest/config';

const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  server: { headers: isolation },
  preview: { headers: isolation },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // The studio, and the classroom's two pages (the host view and the student page, served by `murmur classroom`).
    rollupOptions: { input: { studio: 'index.html', classroomHost: 'src/studio/classroom/host.html', classroomStudent: 'src/classroom/student.html' } },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // The studio in a real browser: built, served on localhost, driven by playwright-core.
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
