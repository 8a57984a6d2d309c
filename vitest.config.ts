import { configDefaults, defineConfig } from 'vitest/config';

/** Tests that drive Chromium or the PC/SC rig: one file at a time, beside the rest. */
const browserAndRig = ['test/e2e/**/*.test.ts', 'hardware/**/*.rig.test.ts'];

export default defineConfig({
  test: {
    exclude: [...configDefaults.exclude, 'dist/**', 'out/**'],
    pool: 'forks',
    // Two cores: the end-to-end files take turns on one, the other runs everything else.
    maxWorkers: 2,
    // End-to-end tests start a host, Chromium and sometimes pcscd; a loaded CI machine is slow.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'dist/**', 'out/**', ...browserAndRig],
        },
      },
      {
        extends: true,
        test: { name: 'e2e', include: browserAndRig, fileParallelism: false },
      },
    ],
  },
});
