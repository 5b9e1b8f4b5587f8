// Integration tests run against the real PostgreSQL and Redis: a dedicated database
// (created, migrated and dropped by globalSetup) and a dedicated Redis database index. The scripts
// run jest with --experimental-vm-modules: PGlite (src/embedded) loads its WebAssembly by dynamic import.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'api-integration',
  testMatch: ['<rootDir>/src/**/*.integration-spec.ts', '<rootDir>/test/**/*.integration-spec.ts'],
  setupFiles: ['<rootDir>/test/integration-env.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  testTimeout: 30000,
};
