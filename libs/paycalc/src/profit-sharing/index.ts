export * from './profit-sharing';
