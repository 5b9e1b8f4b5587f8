export * from './post-evaluation';
