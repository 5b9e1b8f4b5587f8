module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'paycalc',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
