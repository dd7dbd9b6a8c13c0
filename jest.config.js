/**
 * Two projects: `unit` (pure code, no database) and `integration` (a real Neo4j, started once by
 * tests/globalSetup.ts). `npx jest --selectProjects unit` runs the fast half alone.
 */
const transform = {
  "^.+\\.ts$": [
    "@swc/jest",
    {
      jsc: {
        target: "es2022",
        parser: { syntax: "typescript", decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
      },
    },
  ],
};

module.exports = {
  testTimeout: 60000, // a guard against a hung test, not a speed bound: a loaded 2-core machine runs some tests past 30 s
  // Each file's tests in a new order on every run (the seed is printed; `--seed=N` repeats one):
  // a test that needs what another one left behind fails here, not someday on a reordering.
  randomize: true,
  reporters: ["default", "<rootDir>/tests/summaryReporter.js"],
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      transform,
      testMatch: ["<rootDir>/tests/unit/**/*.test.ts"],
    },
    {
      displayName: "integration",
      testEnvironment: "node",
      transform,
      setupFiles: ["reflect-metadata"],
      testMatch: ["<rootDir>/tests/integration/**/*.test.ts"],
      globalSetup: "<rootDir>/tests/globalSetup.ts",
      globalTeardown: "<rootDir>/tests/globalTeardown.ts",
    },
  ],
};
