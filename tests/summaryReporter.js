/**
 * Ends every run with the plain line CI reads: "N passed, N failed". Printed as the process
 * exits, so that it is the last line, after Jest's own summary and the global teardown.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.once("exit", () => process.stdout.write(`\n${results.numPassedTests} passed, ${failed} failed\n`));
  }
}
module.exports = SummaryReporter;
