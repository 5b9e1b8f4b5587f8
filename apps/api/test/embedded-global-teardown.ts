export default async function embeddedGlobalTeardown(): Promise<void> {
  await globalThis.embeddedPostgres?.stop();
}
