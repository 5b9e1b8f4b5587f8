module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'domain',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
