import { defineConfig } from 'vitest/config';

/** Unit tests: schemas, src/lib and the content check. End-to-end tests are Playwright's (tests/e2e). */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Several tests run the command-line tools or a dev server as child processes; on a 2-core
    // machine running the other test files at once, 5 s is too short for them.
    testTimeout: 30_000,
  },
});
