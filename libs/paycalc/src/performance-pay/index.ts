export * from './performance-pay';
