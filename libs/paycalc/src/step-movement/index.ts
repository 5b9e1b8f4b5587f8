export * from './step-movement';
