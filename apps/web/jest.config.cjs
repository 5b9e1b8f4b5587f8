// Unit tests of the web's pure logic (menus, region tree, form mapping); pages are covered by apps/web-e2e.
const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'web',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'],
};
