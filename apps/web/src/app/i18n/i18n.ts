import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { type Language } from '@skillpay/domain';
import { NAMESPACES, NAMESPACE_RESOURCES } from './namespaces';
import { asLanguage, initialLanguage, persistLanguage } from './language';

const DAYJS_LOCALES: Record<Language, string> = { 'zh-CN': 'zh-cn', en: 'en' };

function applyDocumentLanguage(language: Language): void {
  dayjs.locale(DAYJS_LOCALES[language]);
  document.documentElement.lang = language;
  document.title = i18next.t('app.title');
}

// Resources are bundled (two small languages), so initialisation is synchronous.
void i18next.use(initReactI18next).init({
  lng: initialLanguage(),
  fallbackLng: 'zh-CN',
  supportedLngs: ['zh-CN', 'en'],
  resources: NAMESPACE_RESOURCES,
  ns: NAMESPACES,
  defaultNS: NAMESPACES,
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});
applyDocumentLanguage(asLanguage(i18next.language));

export const i18n = i18next;

/** The UI language now; also sent to the API as Accept-Language. */
export function currentLanguage(): Language {
  return asLanguage(i18next.language);
}

export async function changeLanguage(language: Language): Promise<void> {
  persistLanguage(language);
  await i18next.changeLanguage(language);
  applyDocumentLanguage(language);
}

/** The current language as a React value (re-renders on change). */
export function useLanguage(): Language {
  const { i18n: instance } = useTranslation();
  return asLanguage(instance.language);
}
