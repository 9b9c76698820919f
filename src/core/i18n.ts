/**
 * UI strings of the widgets, German and English, and `t()` to look them up.
 *
 * - The catalogue here holds the strings every widget shows (states, frame, data table, flags,
 *   feed errors, downloads, linking). Strings of one widget only are in that widget's catalogue in
 *   `src/core/catalogues/` (`map.ts`, `trend.ts`, `sankey.ts`; `embed.ts` for the iframe page,
 *   `flags.ts` for the official wording of the flags), so a single widget's bundle carries its own
 *   strings and the shared ones.
 * - German is built in, and so is the English loading text (shown while the rest loads). Each
 *   catalogue's English is a table in `catalogues/en/`: the widget bundles load those tables on
 *   demand, as one small chunk (`loadEnglish`), the first time an element resolves to `lang="en"`
 *   or reports a `bildung-error` (whose `message` carries both languages on every page: see
 *   `bilingual`); `catalogues/all.ts` (`bildung-widgets/core`, Node tests) adds them statically
 *   (`addEnglish`). Until English is loaded a key falls back to German.
 * - `t(lang, key, params)` fills `{name}` placeholders; `{count|Problem|Probleme}` picks the word for
 *   one or for any other number (`{count} {count|Problem|Probleme}`). Nothing is escaped: components render text
 *   nodes, never HTML. A placeholder without a matching param stays as it is (visible in tests).
 *   Each catalogue exports its own `t` (shared keys plus its own); the one here knows the shared
 *   keys, `catalogues/all.ts` every key (the `t` of `bildung-widgets/core`).
 * - Numbers passed as params are printed with `String()`; pass preformatted strings (see
 *   `formatNumber`) where grouping matters.
 * - The flag terms follow the official Zeichenerklärung of German statistical tables (Destatis /
 *   statistical offices of the Länder); `catalogues/flags.ts` holds the full official wording.
 *
 * Adding a string: put the key and its German text into `de` of the catalogue that uses it (here
 * when several widgets or the shared frame show it, else the widget's catalogue), the English
 * text under the same key into that catalogue's table in `catalogues/en/` (the types require
 * every key there, but the built-in loading text), and use it with that catalogue's `t`. Keys of
 * widget catalogues start with the widget's prefix (`map.`, `trend.`, `sankey.`, `embed.`);
 * `test/unit/i18n.test.ts` checks every catalogue (same keys and placeholders in both languages,
 * no key in two catalogues).
 */
import type { Lang, RegionLevel, ValueFlag } from './feed/types';
import { FLAG_SYMBOLS } from './feed/types';

const de = {
  // States of a widget
  noData: 'keine Daten',
  loading: 'Daten werden geladen …',
  error: 'Fehler',
  errorTitle: 'Die Daten konnten nicht angezeigt werden.',
  noFeed: 'Keine Datenquelle angegeben.',
  unexpectedError: 'Unerwarteter Fehler beim Laden der Daten.',
  moreProblems: '… und {count} {count|weiteres Problem|weitere Probleme}.',
  retry: 'Erneut versuchen',
  // Frame: source line, table toggle
  source: 'Quelle',
  sampleData: 'Beispieldaten – keine amtlichen Zahlen',
  sampleShort: 'Beispieldaten',
  table: 'Tabelle',
  showTable: 'Tabelle anzeigen',
  hideTable: 'Tabelle ausblenden',
  legend: 'Legende',
  // Table headers and labels
  year: 'Jahr',
  years: 'Jahre',
  region: 'Region',
  regions: 'Regionen',
  value: 'Wert',
  unit: 'Einheit',
  indicator: 'Indikator',
  indicators: 'Indikatoren',
  flow: 'Übergang',
  flows: 'Übergänge',
  links: 'Verbindungen',
  publisher: 'Herausgeber',
  date: 'Stand',
  territorialDate: 'Gebietsstand',
  license: 'Lizenz',
  note: 'Hinweis',
  footnotes: 'Fußnoten',
  // Flags: short terms
  provisional: 'vorläufig',
  revised: 'berichtigt',
  estimated: 'geschätzt',
  limited: 'Aussagewert eingeschränkt',
  nil: 'nichts vorhanden',
  secret: 'unbekannt oder geheim',
  notApplicable: 'nicht sinnvoll',
  uncertain: 'nicht sicher genug',
  notYetAvailable: 'fällt später an',
  // Meaning of values
  higherIsBetter: 'Höhere Werte sind günstiger',
  lowerIsBetter: 'Niedrigere Werte sind günstiger',
  reference: 'Referenzwert',
  target: 'Zielwert',
  seriesBreak: 'Zeitreihenbruch',
  rank: 'Rang {rank} von {total}',
  // Feed loading and validation
  feedNotFound: 'Die Datendatei wurde nicht gefunden: {url}',
  feedTimeout: 'Die Datendatei hat nicht rechtzeitig geantwortet: {url}',
  feedInvalid: 'Die Datendatei ist fehlerhaft ({count} {count|Problem|Probleme}).',
  feedLoadFailed: 'Die Datendatei konnte nicht geladen werden: {url} (Status {status})',
  feedWarnings: 'Die Datendatei enthält {count} {count|Warnung|Warnungen}.',
  feedInfoTitle: 'Datendatei',
  unknownIndicator: 'Unbekannter Indikator: {id}',
  unknownYear: 'Für dieses Jahr liegen keine Daten vor: {year}',
  unknownFlow: 'Unbekannter Übergang: {id}',
  // Region levels (plural, for overviews)
  'levelPlural.gemeinde': 'Gemeinden',
  'levelPlural.verband': 'Gemeindeverbände',
  'levelPlural.kreis': 'Kreise',
  'levelPlural.land': 'Länder',
  'levelPlural.bund': 'Bund',
  // Widget descriptions (aria labels)
  mapWidget: 'Karte',
  trendWidget: 'Zeitreihe',
  sankeyWidget: 'Übergangsdiagramm',
  trendDescription: 'Zeitreihe: {title}, {from} bis {to}',
  sortHint: 'Spaltenköpfe sortieren die Tabelle.',
  // Exports and print (issue #6: download menu, CSV header)
  'export.button': 'Herunterladen',
  'export.png': 'Bild (PNG, doppelte Auflösung)',
  'export.svg': 'Vektorgrafik (SVG)',
  'export.csv': 'Tabelle (CSV)',
  'export.failed': 'Der Download ist fehlgeschlagen.',
  'export.key': 'Schlüssel',
  // Linked widgets (issue #6 item 2: <bildung-feed>, link-group)
  'link.region': 'Verknüpfte Diagramme zeigen jetzt {name}.',
  'link.year': 'Verknüpfte Diagramme zeigen jetzt das Jahr {year}.',
} as const;

/** Every key of the shared catalogue. */
export type MessageKey = keyof typeof de;

/** Keys of the shared catalogue whose English is in `catalogues/en/shared.ts` (all but `loading`). */
export type SharedEnglishKey = Exclude<MessageKey, 'loading'>;

/**
 * A catalogue of UI strings: the same keys in both languages (English complete once its table is
 * added: `addEnglish`, `loadEnglish`).
 */
export type Catalogue<K extends string> = Readonly<Record<Lang, Readonly<Record<K, string>>>>;

/** The English tables still to load, by the `en` object of their catalogue (see `catalogue`). */
const later = new Map<object, () => Promise<object>>();
/** The load under way (`loadEnglish`). */
let loading: Promise<void> | undefined;
/** Whether loading English failed (then German stands in, and nothing loads again). */
let failed = false;

/**
 * A catalogue `{ de, en }` whose `en` is complete once `loadEnglish()` has run `rest` (a dynamic
 * import of the table in `catalogues/en/`) or once `addEnglish` gave the table; until then it holds
 * `builtIn` (only the shared catalogue has any). The types require every key in exactly one of them.
 */
export function catalogue<K extends string, B extends K = never>(
  de: Readonly<Record<K, string>>,
  rest: () => Promise<Readonly<Record<Exclude<K, B>, string>>>,
  builtIn?: Readonly<Record<B, string>>,
): Catalogue<K> {
  const en = { ...builtIn } as Record<K, string>;
  later.set(en, rest);
  return { de, en };
}

/** Adds the English `table` of `catalogue` (imported statically: `catalogues/all.ts`). */
export function addEnglish<K extends string>(
  catalogue: Catalogue<K>,
  table: Readonly<Partial<Record<K, string>>>,
): void {
  Object.assign(catalogue.en, table);
  later.delete(catalogue.en);
}

/** Whether English is complete — or failed to load, so that German stands in for good. */
export function englishSettled(): boolean {
  return failed || !later.size;
}

/**
 * Loads the English tables of every catalogue that lacks them (in the widget bundles: one chunk,
 * once). Never rejects: when the load fails, it logs one warning and German stands in.
 */
export function loadEnglish(): Promise<void> {
  if (englishSettled()) return Promise.resolve();
  const load = async ([en, rest]: [object, () => Promise<object>]) => {
    Object.assign(en, await rest());
    later.delete(en);
  };
  return (loading ??= Promise.all([...later].map(load)).then(
    () => void (loading = undefined),
    (err: unknown) => {
      failed = true;
      console.warn('bildung-widgets: the English strings could not be loaded; German is shown instead.', err);
    },
  ));
}

/** The shared catalogue, per language. Exported read-only for tests and tooling. */
export const MESSAGES: Catalogue<MessageKey> = /* @__PURE__ */ catalogue(
  de,
  () => import('./catalogues/en/index').then((m) => m.SHARED_EN),
  { loading: 'Loading data …' },
);

/** Params for `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** `{name}`, or `{name|one|other}`: the word for 1 or for any other number (`{count|Problem|Probleme}`). */
const PLACEHOLDER = /\{([A-Za-z0-9_]+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

/**
 * `template` with each `{name}` replaced by `value(name)` and each `{name|one|other}` by `one` when
 * that is `1`, else `other`; a placeholder whose value is `undefined` stays as it is.
 */
export function fillTemplate(template: string, value: (name: string) => string | undefined): string {
  return template.replace(PLACEHOLDER, (whole: string, name: string, one?: string, other?: string) => {
    const v = value(name);
    return v === undefined ? whole : other === undefined ? v : v === '1' ? one! : other;
  });
}

/** `template` with its placeholders filled from `params` (`fillTemplate`). */
function fill(template: string, params?: MessageParams): string {
  return params
    ? fillTemplate(template, (name) => (Object.hasOwn(params, name) ? params[name]?.toString() : undefined))
    : template;
}

/** The message `key` of the shared catalogue in `lang`, with `{name}` placeholders replaced from `params`. */
export function t(lang: Lang, key: MessageKey, params?: MessageParams): string {
  return fill(MESSAGES[lang][key] ?? MESSAGES.de[key], params);
}

/** A `t` for `catalogue`. */
export type Translate<K extends string> = (lang: Lang, key: K, params?: MessageParams) => string;

/**
 * The `t` of a widget catalogue: looks `key` up in `catalogue`, then in the shared catalogue
 * (German when a language lacks it), and fills the placeholders.
 */
export function translator<K extends string>(catalogue: Catalogue<K>): Translate<K | MessageKey> {
  return (lang, key, params) =>
    fill(
      (catalogue[lang] as Record<string, string>)[key] ??
        (catalogue.de as Record<string, string>)[key] ??
        t(lang, key as MessageKey),
      params,
    );
}

/**
 * A message in both languages (`bildung-error`, error boxes): German at once, English worded when
 * it is read — an enumerable getter, so that `JSON.stringify`, spreading and `structuredClone` see
 * it — and so complete once the English tables are loaded (`FeedController.report` loads them
 * before it dispatches `bildung-error`).
 */
export function bilingual(word: (lang: Lang) => string): { de: string; en: string } {
  return {
    de: word('de'),
    get en() {
      return word('en');
    },
  };
}

/** Placeholder names of a template, in order of appearance (duplicates removed). */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

/**
 * The widget language for a BCP 47 tag or an `lang` attribute: `de-AT` → `de`, `en-GB` → `en`;
 * empty, missing or any other language → `de` (the widgets' primary audience).
 */
export function resolveLang(candidate?: string | null): Lang {
  const primary = (candidate ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' ? 'en' : 'de';
}

/** Catalogue key of the short term of each flag. */
export const FLAG_KEYS = {
  provisional: 'provisional',
  revised: 'revised',
  estimated: 'estimated',
  limited: 'limited',
  nil: 'nil',
  secret: 'secret',
  'not-applicable': 'notApplicable',
  uncertain: 'uncertain',
  'not-yet-available': 'notYetAvailable',
} as const satisfies Record<ValueFlag, MessageKey>;

/** Short term for a value flag, e.g. `provisional` → `vorläufig`. */
export function flagLabel(flag: ValueFlag, lang: Lang): string {
  return t(lang, FLAG_KEYS[flag]);
}

/** Official table symbol of a flag (`p`, `r`, `s`, `()`, `-`, `.`, `x`, `/`, `...`). */
export function flagSymbol(flag: ValueFlag): string {
  for (const [symbol, f] of Object.entries(FLAG_SYMBOLS)) if (f === flag) return symbol;
  return '';
}

/** Plural name of a region level, e.g. `kreis` → `Kreise`. */
export function levelLabel(level: RegionLevel, lang: Lang): string {
  return t(lang, `levelPlural.${level}`);
}
