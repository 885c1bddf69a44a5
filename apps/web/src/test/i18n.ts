import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInstance, type TFunction } from 'i18next';
import { LOCALES } from '@samrad/domain';

/** Unit-test helpers (not part of the app): the real locale files, read from disk. */
const localesDir = join(import.meta.dirname, '..', 'locales');

export const readLocale = (lang: string, ns: string) =>
  JSON.parse(readFileSync(join(localesDir, lang, `${ns}.json`), 'utf8')) as Record<string, unknown>;

export const namespaces = readdirSync(join(localesDir, 'en')).map((file) => file.replace(/\.json$/, ''));

/** An i18next instance with every namespace of every language, set to `lang`. */
export async function translator(lang: string): Promise<TFunction> {
  const i18n = createInstance();
  await i18n.init({
    lng: lang,
    fallbackLng: false,
    resources: Object.fromEntries(
      LOCALES.map((l) => [l, Object.fromEntries(namespaces.map((ns) => [ns, readLocale(l, ns)]))]),
    ),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}
