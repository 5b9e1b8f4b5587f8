export * from './ladders';
export * from './pay-table';
export * from './market';
