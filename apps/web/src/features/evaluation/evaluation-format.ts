import { type Language } from '@skillpay/domain';

// Without antd: the public page formats with these too.

/** The locale numbers are grouped in (the API sends plain numbers). */
export function numberLocale(language: Language): string {
  return language === 'en' ? 'en-GB' : 'zh-CN';
}

/** A growth in percent with its sign and two decimals: +4.80%, −1.25%; a dash when unknown. */
export function formatGrowth(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '—';
  const text = Math.abs(value).toLocaleString(numberLocale(language), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${text}%`;
}

/** A share in percent with one decimal at most: 62.5%; a dash when unknown. */
export function formatShare(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '—';
  return `${value.toLocaleString(numberLocale(language), { maximumFractionDigits: 1 })}%`;
}

/** Whole yuan, grouped; a dash when unknown. */
export function formatYuan(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '—';
  return value.toLocaleString(numberLocale(language), { maximumFractionDigits: 0 });
}

/** An index or ratio with the given decimals; a dash when unknown. */
export function formatNumber(value: number | null | undefined, language: Language, decimals = 1): string {
  if (value === null || value === undefined) return '—';
  return value.toLocaleString(numberLocale(language), {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}
