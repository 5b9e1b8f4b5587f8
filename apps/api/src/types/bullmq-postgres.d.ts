// BullMQ ships its PostgreSQL backend outside the package's main entry and its CommonJS build
// without type declarations: the ESM build's declarations describe the same module.
declare module 'bullmq/dist/cjs/postgres' {
  export * from 'bullmq/dist/esm/postgres';
}
