module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'api',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  setupFiles: ['<rootDir>/test/unit-env.ts'],
};
