/**
 * Strings of `<bildung-map>` (keys `map.…`), German and English (see `src/core/i18n.ts`
 * for how to add a string).
 */
import { catalogue, translator, type Catalogue } from '../i18n';

const de = {
  'map.noValues': 'Für {year} liegen keine Werte für die Regionen der Karte vor.',
  'map.secret': 'geheim gehalten',
  'map.comparedTo': '{name}: {value} (Differenz {diff})',
  'map.summary':
    '{title}, {year}: {count} {count|Region|Regionen} mit Werten von {min} ({minName}) bis {max} ({maxName}).',
  'map.summaryMissing': '{count} {count|Region|Regionen} ohne Wert.',
  'map.roledescription': 'Karte',
  'map.keyboardHint':
    'Pfeiltasten wechseln die Region, Eingabetaste wählt sie aus, Escape hebt die Auswahl auf.',
  'map.geoNotFound': 'Die Geometrie wurde nicht gefunden: {url}',
  'map.geoFailed': 'Die Geometrie konnte nicht geladen werden: {url}',
  'map.geoInvalid': 'Die Geometrie ist keine gültige TopoJSON-Datei oder hat keine Ebene „{level}“.',
  'map.noGeo': 'Keine Geometrie angegeben und keine passende Geometrie zur Datendatei gefunden.',
  'map.noRegions': 'Die Geometrie enthält keine Regionen der Ebene „{level}“ im gewählten Gebiet {focus}.',
  'map.missingInGeometry':
    '{count} {count|Region der Datendatei ist|Regionen der Datendatei sind} nicht auf der Karte (ihre Werte stehen in der Tabelle): {keys}',
  'map.offMap': '{name} (nicht auf der Karte)',
  'map.territorialMismatch':
    'Gebietsstand der Daten: {feed}, der Karte: {geo}. Nach Gebietsänderungen (z. B. Gemeindefusionen) passen Regionalschlüssel nicht mehr zusammen.',
  'map.territorialUnknown':
    'Gebietsstand der Karte: {geo}; die Datendatei nennt keinen (meta.territorialDate).',
  'map.missingInFeed':
    '{count} {count|Region der Karte fehlt|Regionen der Karte fehlen} in der Datendatei: {keys}',
  'map.secretNote': 'Gepunktet: Wert aus Gründen der Geheimhaltung nicht veröffentlicht.',
  'map.rank': 'Rang',
  'map.rankOf': 'Rang {rank} von {total} (Rang 1 = höchster Wert)',
  'map.flag': 'Hinweis',
  'map.tableCaption': '{title}, {year}',
  'map.yearControl': 'Jahr',
  'map.geometry': 'Geometrie',
  // class-breaks.ts: ClassificationError
  'map.invalid-classes': 'Die Anzahl der Klassen muss eine ganze Zahl ab 1 sein.',
  'map.missing-breaks': 'Für die manuelle Klassenbildung fehlen die Klassengrenzen.',
  'map.invalid-breaks':
    'Die Klassengrenzen müssen endliche Zahlen in aufsteigender Reihenfolge ohne Wiederholung sein.',
  'map.unknown-method': 'Unbekanntes Verfahren der Klassenbildung.',
} as const;

/** Keys of this catalogue. */
export type MapMessageKey = keyof typeof de;

/** `<bildung-map>` strings, per language. */
export const MAP_MESSAGES: Catalogue<MapMessageKey> = /* @__PURE__ */ catalogue(de, () =>
  import('./en/index').then((m) => m.MAP_EN),
);

/** The message `key` (of this catalogue or the shared one) in `lang`, placeholders filled. */
export const t = /* @__PURE__ */ translator(MAP_MESSAGES);
