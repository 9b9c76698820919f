/**
 * Strings of the iframe embed page `embed.html` (keys `embed.…`, issue #6), German and English (see `src/core/i18n.ts`
 * for how to add a string).
 */
import { translator } from '../i18n';

const de = {
  // iframe embed page (issue #6: embed.html parameters)
  'embed.missingWidget': 'Kein Widget angegeben. Parameter „widget“ erlaubt: {allowed}.',
  'embed.unknownWidget': 'Unbekanntes Widget „{value}“. Parameter „widget“ erlaubt: {allowed}.',
  'embed.missingFeed': 'Keine Datenquelle angegeben (Parameter „feed“).',
  'embed.invalidFeed': 'Ungültige Datenquelle „{value}“ (Parameter „feed“: Pfad oder http(s)-Adresse).',
  'embed.invalidParam': 'Parameter „{name}“ ignoriert: ungültiger Wert „{value}“.',
  'embed.unknownParam': 'Parameter „{name}“ ignoriert: unbekannt.',
  'embed.notForWidget': 'Parameter „{name}“ ignoriert: gilt nicht für dieses Widget.',
  'embed.duplicateParam': 'Parameter „{name}“ ignoriert: mehrfach angegeben.',
} as const;

/** Keys of this catalogue. */
export type EmbedMessageKey = keyof typeof de;

const en: Record<EmbedMessageKey, string> = {
  // iframe embed page (issue #6: embed.html parameters)
  'embed.missingWidget': 'No widget given. Parameter "widget" allows: {allowed}.',
  'embed.unknownWidget': 'Unknown widget "{value}". Parameter "widget" allows: {allowed}.',
  'embed.missingFeed': 'No data source given (parameter "feed").',
  'embed.invalidFeed': 'Invalid data source "{value}" (parameter "feed": a path or an http(s) address).',
  'embed.invalidParam': 'Parameter "{name}" ignored: invalid value "{value}".',
  'embed.unknownParam': 'Parameter "{name}" ignored: unknown.',
  'embed.notForWidget': 'Parameter "{name}" ignored: does not apply to this widget.',
  'embed.duplicateParam': 'Parameter "{name}" ignored: given more than once.',
};

/** iframe embed page strings, per language. */
export const EMBED_MESSAGES = { de, en } as const;

/** The message `key` (of this catalogue or the shared one) in `lang`, placeholders filled. */
export const t = /* @__PURE__ */ translator(EMBED_MESSAGES);
