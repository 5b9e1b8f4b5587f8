// Browser tests against a running portal (E2E_BASE_URL, default http://localhost:3000) with demo data.
const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'web-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  testTimeout: 90_000,
  // One browser at a time: the machine has two cores and the login endpoint is rate limited.
  maxWorkers: 1,
};
