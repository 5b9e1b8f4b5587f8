import { type ProgrammeStatusKey } from '@skillpay/domain';

/** antd preset tag colours (named presets, not raw colours). */
export function statusColour(status: ProgrammeStatusKey): string {
  return status === 'active' ? 'processing' : status === 'closed' ? 'default' : 'warning';
}

export function taskStatusColour(status: string, overdue: boolean): string {
  if (overdue) return 'error';
  return status === 'done' ? 'success' : status === 'in-progress' ? 'processing' : 'default';
}
