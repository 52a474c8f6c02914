import { defineConfig } from 'vitest/config';

/** Unit tests: schemas, src/lib and the content check. End-to-end tests are Playwright's (tests/e2e). */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
  },
});
