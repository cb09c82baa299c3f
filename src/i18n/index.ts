// i18next set up once at start-up. English is the reference (and the type of every key);
// Simplified Chinese must have every key too (a test checks). Any Chinese browser language gets
// the Chinese UI; the user's choice is remembered in localStorage.
import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'flowlane.language';

export const resources = { en: { translation: en }, 'zh-CN': { translation: zhCN } } as const;

export const toSupportedLanguage = (code: string): Language =>
  code.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';

export async function initI18n(options: { throwOnMissing?: boolean } = {}) {
  await i18next
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources,
      supportedLngs: [...LANGUAGES],
      fallbackLng: 'en',
      interpolation: { escapeValue: false },
      detection: {
        order: ['querystring', 'localStorage', 'navigator'],
        lookupQuerystring: 'lang',
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
        convertDetectedLanguage: toSupportedLanguage,
      },
      saveMissing: options.throwOnMissing ?? false,
      missingKeyHandler: (_lngs, _ns, key) => {
        if (options.throwOnMissing) throw new Error(`Missing translation: ${key}`);
      },
    });
  syncDocumentLanguage(i18next.language);
  i18next.on('languageChanged', syncDocumentLanguage);
  return i18next;
}

function syncDocumentLanguage(lng: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

export const currentLanguage = (): Language => toSupportedLanguage(i18next.language ?? 'en');
export const setLanguage = (lng: Language) => i18next.changeLanguage(lng);
