import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { type Language } from '@skillpay/domain';
import { NAMESPACES, NAMESPACE_LOADERS, type Namespace } from './namespaces';
import { zhCN } from './locales/zh-cn';
import { asLanguage, initialLanguage, persistLanguage } from './language';

const DAYJS_LOCALES: Record<Language, string> = { 'zh-CN': 'zh-cn', en: 'en' };

function applyDocumentLanguage(language: Language): void {
  dayjs.locale(DAYJS_LOCALES[language]);
  document.documentElement.lang = language;
  document.title = i18next.t('app.title');
}

/*
 * Only the shared zh-CN texts are bundled; the other texts are added at runtime (`loadTexts`) by
 * the code that needs them, before it renders: each feature's namespace with the signed-in portal
 * or the public page, English when a user picks it. No i18next backend: with one, react-i18next
 * would wait for every default namespace before drawing the login form.
 */
void i18next.use(initReactI18next).init({
  lng: initialLanguage(),
  fallbackLng: 'zh-CN',
  supportedLngs: ['zh-CN', 'en'],
  resources: { 'zh-CN': { translation: zhCN } },
  ns: NAMESPACES,
  defaultNS: NAMESPACES,
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

export const i18n = i18next;

/** The namespaces asked for so far: a language change fetches them in the new language. */
const wanted = new Set<Namespace>(['translation']);
/** The language being switched to while its texts download; `loadTexts` fetches that one too. */
let switchingTo: Language | undefined;

async function addTexts(language: Language, namespaces: Iterable<Namespace>): Promise<void> {
  await Promise.all(
    [...namespaces]
      .filter((namespace) => !i18next.hasResourceBundle(language, namespace))
      .map(async (namespace) => {
        const texts = await NAMESPACE_LOADERS[namespace][language]();
        i18next.addResourceBundle(language, namespace, texts, true, true);
      }),
  );
}

/** Fetches the texts of `namespaces` in the UI language (once); await it before rendering them. */
export async function loadTexts(namespaces: readonly Namespace[]): Promise<void> {
  for (const namespace of namespaces) wanted.add(namespace);
  const languages = new Set([currentLanguage(), switchingTo ?? currentLanguage()]);
  await Promise.all([...languages].map((language) => addTexts(language, namespaces)));
}

/** Every feature's texts: the signed-in portal loads them with its frame. */
export const loadPortalTexts = () => loadTexts(NAMESPACES);

/** Resolves when the texts of the initial language are there: render the app after it. */
export const textsReady: Promise<void> = addTexts(asLanguage(i18next.language), ['translation']).then(() =>
  applyDocumentLanguage(asLanguage(i18next.language)),
);

/** The UI language now; also sent to the API as Accept-Language. */
export function currentLanguage(): Language {
  return asLanguage(i18next.language);
}

export async function changeLanguage(language: Language): Promise<void> {
  switchingTo = language;
  try {
    await addTexts(language, wanted);
  } finally {
    switchingTo = undefined;
  }
  persistLanguage(language);
  await i18next.changeLanguage(language);
  applyDocumentLanguage(language);
}

/** The current language as a React value (re-renders on change). */
export function useLanguage(): Language {
  const { i18n: instance } = useTranslation();
  return asLanguage(instance.language);
}
