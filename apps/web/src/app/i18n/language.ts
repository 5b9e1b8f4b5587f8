import { DEFAULT_LANGUAGE, type Language, SUPPORTED_LANGUAGES } from '@skillpay/domain';

const STORAGE_KEY = 'skillpay.language';

function isLanguage(value: string | null): value is Language {
  return value !== null && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language to start in: the one the user picked last time, else zh-CN. The portal serves
 * Chinese bureaus, so an English-language browser does not switch it; the header switch does.
 */
export function initialLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage may be unavailable (privacy mode): start in the default.
  }
  return DEFAULT_LANGUAGE;
}

export function persistLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not persisted; the choice still applies to this tab.
  }
}

export function asLanguage(value: string | undefined): Language {
  return isLanguage(value ?? null) ? (value as Language) : DEFAULT_LANGUAGE;
}
