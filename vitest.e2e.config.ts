import { defineConfig } from 'vitest/config'

/** `npm run test:e2e`: Chromium against `next build` + `next start` on a fresh, seeded database. */
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    name: 'e2e',
    environment: 'node',
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    include: ['tests/e2e/**/*.e2e.spec.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    hookTimeout: 120_000,
    testTimeout: 60_000,
  },
})
