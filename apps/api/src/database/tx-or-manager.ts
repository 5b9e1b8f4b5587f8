import { type EntityManager } from 'typeorm';
import { type Tx } from './unit-of-work';

/**
 * What shared writers (audit, notifications, attachments) accept while some callers still hold a
 * TypeORM EntityManager: a Tx, or that manager. Services name this type instead of importing
 * typeorm; once every caller passes a Tx it becomes plain `Tx`.
 */
export type TxOrManager = Tx | EntityManager;
