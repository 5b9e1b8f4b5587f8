import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import jestPlugin from 'eslint-plugin-jest';
import boundaries from 'eslint-plugin-boundaries';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// tsconfig.json and tsconfig.spec.json: the sources and the specs
const webTsconfigs = ['apps/web/tsconfig.json', 'apps/web/tsconfig.spec.json'].map(
  (file) => new URL(file, import.meta.url).pathname,
);

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/coverage/**',
      '**/.nx/**',
      'apps/web/src/api/schema.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // Nest resolves constructor parameters from emitted metadata: type-only imports would erase it.
    files: ['apps/api/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    // class-validator's IsNumber({ maxDecimalPlaces }) throws on numbers written with an exponent
    // (1e-7), which answered 500: money and figures take IsAmount (common/errors/amount.ts).
    files: ['apps/api/src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='IsNumber'] Property[key.name='maxDecimalPlaces']",
          message: 'Use IsAmount() (common/errors/amount.ts): IsNumber({ maxDecimalPlaces }) throws on 1e-7.',
        },
      ],
    },
  },
  {
    // The ORM stays inside repositories: services, controllers, processors, guards and helpers reach
    // the database only through a `*.repository.ts` (and transactions through UnitOfWork's opaque Tx).
    files: ['apps/api/src/**/*.ts'],
    ignores: [
      '**/*.repository.ts',
      '**/*.entity.ts',
      'apps/api/src/database/**',
      '**/*.spec.ts',
      '**/*.integration-spec.ts',
      'apps/api/test/**',
      // the BullMQ PostgreSQL backend and the embedded servers talk to pg themselves
      'apps/api/src/modules/queues/**',
      'apps/api/src/embedded/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@nestjs/typeorm',
              importNames: ['InjectDataSource', 'InjectRepository', 'InjectEntityManager'],
              message: 'Only repositories (*.repository.ts) and src/database/** inject the ORM.',
            },
          ],
          patterns: [
            {
              // typeorm, typeorm/*, pg, pg-copy-streams (anchored: @nestjs/typeorm is not matched)
              regex: '^(typeorm|pg|pg-copy-streams)(/.*)?$',
              message:
                'Only repositories (*.repository.ts), entities (*.entity.ts) and src/database/** import the ORM or the driver.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The web's architecture (docs/architecture.md): shared ui/ never imports a feature; a feature
    // imports another only through its public module (`features/<name>/index.ts`); the page loaders
    // (app/resources.tsx) are the router's alone; and features import one another without cycles.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { boundaries, 'import-x': importX },
    settings: {
      'boundaries/root-path': import.meta.dirname,
      'boundaries/elements': [
        { type: 'app', pattern: 'apps/web/src/app' },
        { type: 'feature', pattern: 'apps/web/src/features/*', capture: ['feature'] },
        { type: 'ui', pattern: 'apps/web/src/ui' },
        { type: 'api', pattern: 'apps/web/src/api' },
      ],
      'import/resolver': { typescript: { project: webTsconfigs, noWarnOnMultipleProjects: true } },
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: webTsconfigs, noWarnOnMultipleProjects: true }),
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          // app/ is one element: its own imports of resources.tsx are checked too
          checkInternals: true,
          policies: [
            {
              from: { element: { type: 'ui' } },
              disallow: { to: { element: { type: 'feature' } } },
              message: 'ui/ is shared by every feature and never imports one',
            },
            {
              from: { element: { type: 'feature' } },
              disallow: { to: { element: { type: 'feature', fileInternalPath: '!index.ts' } } },
              message: 'import another feature through its public module, features/<name>/index.ts',
            },
            {
              // the last matching policy decides: a feature's own modules are its own business
              from: { element: { type: 'feature' } },
              allow: {
                to: { element: { type: 'feature', captured: { feature: '{{ from.captured.feature }}' } } },
              },
            },
            {
              from: { element: { type: '{app,feature,ui,api}' } },
              disallow: { to: { element: { type: 'app', fileInternalPath: 'resources.tsx' } } },
              message:
                "the page loaders are the router's: import the access rules (app/access.ts) or the navigation (app/navigation.ts)",
            },
            {
              // the last matching policy decides: the router (and the spec of the declaration) may
              from: { element: { type: 'app', fileInternalPath: '{router.tsx,resources.spec.ts}' } },
              allow: { to: { element: { type: 'app', fileInternalPath: 'resources.tsx' } } },
            },
          ],
        },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: [
      '**/*.spec.ts',
      '**/*.spec.tsx',
      '**/*.integration-spec.ts',
      '**/*.e2e-spec.ts',
      '**/test/**/*.ts',
    ],
    plugins: { jest: jestPlugin },
    languageOptions: { globals: { ...globals.jest } },
    rules: {
      'jest/no-focused-tests': 'error',
      'jest/no-disabled-tests': 'error',
      'jest/expect-expect': 'off',
    },
  },
);
