export * from './allowances';
