// Writes jest's totals to JEST_JSON_OUTPUT so CI can print a plain "N passed, N failed" line.
const fs = require('node:fs');
const path = require('node:path');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.JEST_JSON_OUTPUT;
    if (!file) return;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(
      file,
      JSON.stringify({
        numPassedTests: results.numPassedTests,
        numFailedTests: results.numFailedTests,
        numPendingTests: results.numPendingTests,
        numTotalTests: results.numTotalTests,
        numFailedTestSuites: results.numFailedTestSuites,
        numRuntimeErrorTestSuites: results.numRuntimeErrorTestSuites,
        success: results.success,
        byProject: byProject(results),
      }),
    );
  }
}

/** Passed, failed and seconds per jest project (unit, sqlite, mariadb…), so each one's count and cost is visible. */
function byProject(results) {
  const counts = {};
  for (const file of results.testResults) {
    const name = file.displayName?.name ?? file.displayName ?? 'default';
    const entry = (counts[name] ??= { passed: 0, failed: 0, skipped: 0, seconds: 0 });
    entry.passed += file.numPassingTests;
    entry.failed += file.numFailingTests;
    entry.skipped += file.numPendingTests;
    if (file.perfStats?.end && file.perfStats?.start) entry.seconds += (file.perfStats.end - file.perfStats.start) / 1000;
  }
  return counts;
}

module.exports = SummaryReporter;
