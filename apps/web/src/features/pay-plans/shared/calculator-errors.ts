import { type PaycalcError } from '@skillpay/paycalc';
import { useTranslation } from 'react-i18next';
import { formatDecimal } from '../../../ui/format-decimal';

/**
 * A PaycalcError in the user's words: the code's message, with the bound that was crossed. The
 * API answers the same error as a field-level 400; the web shows it live on the field.
 */
export function usePaycalcMessage(): (error: PaycalcError) => string {
  const { t } = useTranslation();
  return (error) => {
    const empty = error.value === '' || error.value === null || error.value === undefined;
    if (empty && (error.code === 'not-a-number' || error.code === 'missing'))
      return t('payTools:errors.required');
    switch (error.code) {
      case 'out-of-range':
      case 'too-many-decimals':
        return error.limit === undefined
          ? t(`payTools:errors.${error.code}-plain`)
          : t(`payTools:errors.${error.code}`, { limit: error.limit });
      case 'too-many':
        return t('payTools:errors.too-many', { limit: error.limit ?? '' });
      case 'not-100-percent':
        // the value is the scaled total (10^6); shown as a percentage
        return t('payTools:errors.not-100-percent', { total: percentOfScaled(error.value) });
      default:
        return t(`payTools:errors.${error.code}`);
    }
  };
}

function percentOfScaled(value: unknown): string {
  if (typeof value !== 'bigint') return String(value);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const whole = abs / 1_000_000n;
  const fraction = (abs % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${formatDecimal(whole.toString())}${fraction ? `.${fraction}` : ''}`;
}

export interface FieldStatus {
  validateStatus?: 'error';
  help?: string;
}

/**
 * Form.Item props marking the field the live error names. `pathOf` turns the calculator's field
 * into the form's joined name path (see each form's values module).
 */
export function useFieldStatus(error: PaycalcError | null, pathOf: (field: string) => string) {
  const { t } = useTranslation();
  const message = usePaycalcMessage();
  const path = error ? pathOf(error.field) : null;
  // an entry of a list typed into one field (`stepAmounts[3]` → the amounts field) is named by its position
  const trailing = error ? /\[(\d+)\]$/.exec(error.field) : null;
  const item =
    error && trailing && path === pathOf(error.field.slice(0, trailing.index)) ? Number(trailing[1]) : null;
  const text = !error
    ? ''
    : item === null
      ? message(error)
      : t('payTools:errors.item', { index: item + 1, message: message(error) });
  return (name: string | readonly (string | number)[]): FieldStatus => {
    const joined = typeof name === 'string' ? name : name.join('.');
    return path !== null && joined === path ? { validateStatus: 'error', help: text } : {};
  };
}
