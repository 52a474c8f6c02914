import { defineConfig } from 'vitest/config';

/**
 * Unit tests: schemas, src/lib and the content check. End-to-end tests are Playwright's (tests/e2e).
 * Tests that build the portal (`*.build.test.ts`) run after all the others, not beside them, so
 * that their build does not starve the others of CPU.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: ['tests/unit/**/*.build.test.ts'], sequence: { groupOrder: 1 } } },
      { test: { name: 'build', include: ['tests/unit/**/*.build.test.ts'], sequence: { groupOrder: 2 } } },
    ],
  },
});
