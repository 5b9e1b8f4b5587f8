import { DataSource } from 'typeorm';
import { AppConfig, parseEnv } from '../common/config/app-config';
import { migrate } from './cli-data-source';
import { dataSourceOptions } from './data-source-options';
import { resetStorage } from './reset';
import { APP_ROLE, OWNER_ROLE, provisionDatabase } from './roles';

/** What `npm start` does to a database an earlier version set up as the superuser alone. */
describe('database roles', () => {
  const admin = new URL(process.env.TEST_DATABASE_URL as string);
  admin.pathname = `${admin.pathname}_roles`;
  const configOf = (databaseUrl: string, migrationDatabaseUrl = '') =>
    new AppConfig(
      parseEnv({
        ...process.env,
        DATABASE_URL: databaseUrl,
        MIGRATION_DATABASE_URL: migrationDatabaseUrl,
        REDIS_PREFIX: `${process.env.REDIS_PREFIX}-roles`,
      }),
    );
  const withSource = async <T>(url: string, work: (dataSource: DataSource) => Promise<T>): Promise<T> => {
    const dataSource = await new DataSource(dataSourceOptions(configOf(url), url)).initialize();
    try {
      return await work(dataSource);
    } finally {
      await dataSource.destroy();
    }
  };

  it('hands a superuser-made database to the owner, idempotently, and the application gets data rights only', async () => {
    const legacy = configOf(admin.toString());
    await resetStorage(legacy);
    await withSource(admin.toString(), (dataSource) => migrate(dataSource, legacy, () => undefined));

    await provisionDatabase(admin.toString());
    const urls = await provisionDatabase(admin.toString());
    const owners = await withSource(admin.toString(), (dataSource) =>
      dataSource.query<Array<{ owner: string }>>(
        `SELECT DISTINCT tableowner AS owner FROM pg_tables WHERE schemaname = 'public'
         UNION SELECT DISTINCT pg_get_userbyid(proowner) FROM pg_proc WHERE proname LIKE 'audit_log%'
         UNION SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()`,
      ),
    );
    expect(owners).toEqual([{ owner: OWNER_ROLE }]);

    const config = configOf(urls.databaseUrl, urls.migrationDatabaseUrl);
    await withSource(urls.migrationDatabaseUrl, (dataSource) => migrate(dataSource, config, () => undefined));
    await withSource(urls.databaseUrl, async (app) => {
      const [{ role }] = await app.query<Array<{ role: string }>>(`SELECT current_user AS role`);
      expect(role).toBe(APP_ROLE);
      await app.query(
        `INSERT INTO audit_log (action, outcome, prev_hash, hash) VALUES ('test.roles', 'success', '', '')`,
      );
      await expect(app.query(`DELETE FROM audit_log`)).rejects.toThrow(/permission denied/);
      await expect(app.query(`CREATE TABLE intruder (n int)`)).rejects.toThrow(/permission denied/);
    });
  });
});
