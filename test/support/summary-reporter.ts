import type { Reporter, TestModule } from 'vitest/node';

/** Ends the run with the plain "N passed, N failed" line that CI reads. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0, pending: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) counts[test.result().state] += 1;
    }
    const failedModules = testModules.filter((m) => m.state() === 'failed').length;
    const failed = counts.failed + (counts.failed === 0 ? failedModules : 0);
    const skipped = counts.skipped + counts.pending;
    process.stdout.write(
      `\nsummary: ${counts.passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`,
    );
  }
}
