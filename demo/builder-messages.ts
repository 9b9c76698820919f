/**
 * Texts of the snippet builder (demo/builder.html), German and English. Kept beside the builder
 * rather than in src/core/i18n.ts: that catalogue ships inside every widget bundle, and the
 * builder's page texts are not widget texts (the map bundle is 52 of its 54 KB gzip budget). Same
 * contract: every key in both languages (the `en` type enforces it), `{name}` placeholders.
 */
const de = {
  pageTitle: 'Einbettungscode erstellen – bildung-widgets',
  title: 'Einbettungscode erstellen',
  lead: 'In drei Schritten zum Widget auf Ihrer Seite: Daten und Darstellung wählen, in der Vorschau prüfen, Code kopieren und in Ihre Seite einfügen.',
  back: 'Zur Übersicht',
  settings: '1. Daten und Darstellung',
  preview: '2. Vorschau',
  code: '3. Code kopieren',
  feed: 'Datenquelle',
  widget: 'Widget',
  'widget.map': 'Karte',
  'widget.trend': 'Zeitreihe',
  'widget.sankey': 'Übergänge',
  'widget.info': 'Feed-Übersicht',
  'widgetHint.map': 'Werte einer Kennzahl je Gemeinde oder Kreis',
  'widgetHint.trend': 'Eine Kennzahl über die Jahre',
  'widgetHint.sankey': 'Bildungsübergänge als Flussdiagramm',
  'widgetHint.info': 'Was der Feed enthält',
  indicator: 'Kennzahl',
  flow: 'Übergang',
  level: 'Gebietsebene',
  'level.gemeinde': 'Gemeinden',
  'level.verband': 'Samtgemeinden und Gemeindeverbände',
  'level.kreis': 'Kreise',
  regionMap: 'Hervorgehobene Region',
  regionTrend: 'Region (mit übergeordneten Gebieten)',
  regionSankey: 'Region',
  year: 'Jahr',
  automatic: 'automatisch',
  none: 'keine',
  latest: 'neuestes',
  scheme: 'Farbschema',
  schemeAuto: 'automatisch (Gelb–Grün–Blau, bei Referenzwert Lila–Orange)',
  classification: 'Klasseneinteilung',
  'classification.quantile': 'Quantile (gleich viele Regionen je Klasse)',
  'classification.equal': 'Gleiche Abstände',
  'classification.jenks': 'Natürliche Brüche (Jenks)',
  controls: 'Jahresauswahl im Widget anzeigen',
  controlsSankey: 'Jahres- und Regionsauswahl im Widget anzeigen',
  language: 'Sprache des Widgets',
  'language.de': 'Deutsch',
  'language.en': 'Englisch',
  advanced: 'Adressen für den Code',
  scriptUrl: 'Adresse der Bibliothek (bildung-widgets.js)',
  scriptUrlHint:
    'Die Datei erzeugt „npm run build:cdn“ im Ordner dist/cdn. Legen Sie den ganzen Ordner auf Ihren Server und tragen Sie hier seine Adresse ein.',
  loadingFeed: 'Feed wird geladen …',
  feedFailed: 'Der Feed konnte nicht geladen werden: {url}',
  scriptTitle: 'Script-Tag und Element',
  scriptHelp:
    'Für Seiten, in die Sie Skripte einfügen dürfen. Das Widget passt sich der Seite an (Schrift, Breite) und lässt sich mit --bildung-* Variablen gestalten.',
  iframeTitle: 'iframe',
  iframeHelp:
    'Wenn Ihr System nur iframes erlaubt. Das Skript embed.js passt die Höhe automatisch an; ohne es zeigt der iframe das Widget in fester Höhe.',
  copy: 'Code kopieren',
  copied: 'Kopiert.',
  copyManual: 'Der Code ist markiert – bitte mit Strg+C (⌘+C) kopieren.',
  footer: 'Die Widgets laden nur von Ihrem Server und setzen keine Cookies.',
} as const;

export type BuilderKey = keyof typeof de;

const en: Record<BuilderKey, string> = {
  pageTitle: 'Create embed code – bildung-widgets',
  title: 'Create embed code',
  lead: 'Three steps to a widget on your page: choose data and display, check the preview, copy the code and paste it into your page.',
  back: 'Back to the overview',
  settings: '1. Data and display',
  preview: '2. Preview',
  code: '3. Copy the code',
  feed: 'Data source',
  widget: 'Widget',
  'widget.map': 'Map',
  'widget.trend': 'Time series',
  'widget.sankey': 'Transitions',
  'widget.info': 'Feed overview',
  'widgetHint.map': 'An indicator per Gemeinde or Kreis',
  'widgetHint.trend': 'An indicator over the years',
  'widgetHint.sankey': 'Education transitions as a flow diagram',
  'widgetHint.info': 'What the feed contains',
  indicator: 'Indicator',
  flow: 'Transition',
  level: 'Area level',
  'level.gemeinde': 'Gemeinden (municipalities)',
  'level.verband': 'Samtgemeinden and associations',
  'level.kreis': 'Kreise (districts)',
  regionMap: 'Highlighted region',
  regionTrend: 'Region (with its parent areas)',
  regionSankey: 'Region',
  year: 'Year',
  automatic: 'automatic',
  none: 'none',
  latest: 'latest',
  scheme: 'Colour scheme',
  schemeAuto: 'automatic (yellow–green–blue, purple–orange with a reference value)',
  classification: 'Classification',
  'classification.quantile': 'Quantiles (same number of regions per class)',
  'classification.equal': 'Equal intervals',
  'classification.jenks': 'Natural breaks (Jenks)',
  controls: 'Show a year selector in the widget',
  controlsSankey: 'Show year and region selectors in the widget',
  language: 'Language of the widget',
  'language.de': 'German',
  'language.en': 'English',
  advanced: 'Addresses used in the code',
  scriptUrl: 'Address of the library (bildung-widgets.js)',
  scriptUrlHint:
    '"npm run build:cdn" writes the file to the folder dist/cdn. Put the whole folder on your server and enter its address here.',
  loadingFeed: 'Loading the feed …',
  feedFailed: 'The feed could not be loaded: {url}',
  scriptTitle: 'Script tag and element',
  scriptHelp:
    'For pages that may contain scripts. The widget adapts to the page (font, width) and can be styled with --bildung-* variables.',
  iframeTitle: 'iframe',
  iframeHelp:
    'When your system only allows iframes. The script embed.js adjusts the height automatically; without it the iframe shows the widget at a fixed height.',
  copy: 'Copy code',
  copied: 'Copied.',
  copyManual: 'The code is selected – please copy it with Ctrl+C (⌘+C).',
  footer: 'The widgets load only from your server and set no cookies.',
};

export const BUILDER_MESSAGES: Readonly<Record<'de' | 'en', Readonly<Record<BuilderKey, string>>>> = {
  de,
  en,
};

/** The builder text `key` in `lang`, with `{name}` placeholders filled. */
export function bt(lang: 'de' | 'en', key: BuilderKey, params: Record<string, string> = {}): string {
  return BUILDER_MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
