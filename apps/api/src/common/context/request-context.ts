import { type Language } from '@skillpay/domain';
import { type ClsStore } from 'nestjs-cls';
import { type Caller } from '../auth/caller';

/** Per-request values every layer may need: who is calling, from where, in which language. */
export interface RequestContext extends ClsStore {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  language: Language;
  caller?: Caller;
}
