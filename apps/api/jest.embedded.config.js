// Embedded mode (docs/embedded-mode.md): a representative part of the integration suite (auth,
// scope, a workflow, an upload, the aggregation job, the platform) against PGlite served over
// the wire protocol, with the job queues on BullMQ's PostgreSQL backend in the same database.
const integration = require('./jest.integration.config.js');

module.exports = {
  ...integration,
  displayName: 'api-embedded',
  testMatch: [
    '<rootDir>/src/embedded/**/*.integration-spec.ts',
    '<rootDir>/src/platform.integration-spec.ts',
    '<rootDir>/src/modules/auth/auth.integration-spec.ts',
    '<rootDir>/src/common/access/scope.integration-spec.ts',
    '<rootDir>/src/modules/pilots/pilots.integration-spec.ts',
    '<rootDir>/src/modules/wage-uploads/wage-uploads.integration-spec.ts',
    '<rootDir>/src/modules/benchmarks/benchmarks.integration-spec.ts',
    '<rootDir>/src/modules/benchmarks/benchmark-aggregation.integration-spec.ts',
    // Chinese substring search (ILIKE on normalised text), versions and their trigger, maker-checker
    '<rootDir>/src/modules/policy-qa/policy-qa.integration-spec.ts',
  ],
  globalSetup: '<rootDir>/test/embedded-global-setup.ts',
  globalTeardown: '<rootDir>/test/embedded-global-teardown.ts',
  // one session runs every statement: slower than a real server
  testTimeout: 120000,
};
