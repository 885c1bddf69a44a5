import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Locale } from '@samrad/domain';

/**
 * Every feature keeps its strings in `locales/<lang>/<feature>.json` (its own namespace), so
 * features add text without touching each other's files. Each language is its own chunk: the
 * first load carries only the reader's language; another is fetched when chosen.
 */
const files = import.meta.glob<{ default: Record<string, unknown> }>('../locales/*/*.json');

const loaded = new Set<string>();

/** Adds every namespace of `lang` (once). */
export async function loadLanguage(lang: Locale): Promise<void> {
  if (loaded.has(lang)) return;
  const entries = Object.entries(files).filter(([path]) => path.includes(`/locales/${lang}/`));
  await Promise.all(
    entries.map(async ([path, load]) => {
      const ns = /\/([\w-]+)\.json$/.exec(path)?.[1];
      if (ns) i18n.addResourceBundle(lang, ns, (await load()).default, true, true);
    }),
  );
  loaded.add(lang);
}

const STORAGE_KEY = 'samrad.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLocale(stored)) return stored;
  for (const language of navigator.languages ?? [navigator.language]) {
    const short = language.slice(0, 2).toLowerCase();
    if (short === 'nb' || short === 'nn' || short === 'no') return 'da';
    if (isLocale(short)) return short;
  }
  return 'sv';
}

export function setLocale(locale: Locale): void {
  localStorage.setItem(STORAGE_KEY, locale);
  void loadLanguage(locale).then(() => i18n.changeLanguage(locale));
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

const namespaces = [
  ...new Set(Object.keys(files).map((path) => /\/([\w-]+)\.json$/.exec(path)?.[1] ?? 'common')),
];

/** Resolves when the reader's language is loaded: main.tsx renders after it. */
export const i18nReady = (async () => {
  const lng = initialLocale();
  await i18n.use(initReactI18next).init({
    resources: {},
    lng,
    // Every language has every key (the same files in sv, da and en), so no fallback is fetched.
    fallbackLng: false,
    supportedLngs: [...LOCALES],
    defaultNS: 'common',
    ns: namespaces,
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await loadLanguage(lng);
  document.documentElement.lang = lng;
})();

export default i18n;
