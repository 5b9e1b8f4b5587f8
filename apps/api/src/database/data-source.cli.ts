import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { AppConfig } from '../common/config/app-config';
import { dataSourceOptions } from './data-source-options';

/** For the TypeORM CLI (run against dist): `typeorm migration:generate -d dist/database/data-source.cli.js`. */
export default new DataSource(dataSourceOptions(new AppConfig()));
