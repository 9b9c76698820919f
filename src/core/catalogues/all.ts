/**
 * Every UI string of the widgets in one catalogue, and a `t` that knows every key — for tools,
 * tests and `bildung-widgets/core`. The widgets themselves use their own catalogue's `t`, so a
 * single widget's bundle does not carry the strings of the others.
 *
 * Importing this module completes every catalogue's English with its table from `./en/`
 * (statically: `bildung-widgets/core` and the Node tests, via test/unit/english-setup.ts, need no
 * `loadEnglish()`).
 */
import { MESSAGES, addEnglish, translator, type Catalogue, type MessageKey } from '../i18n';
import { FLAG_EN, MAP_EN, SANKEY_EN, SHARED_EN, TREND_EN } from './en/index';
import { EMBED_MESSAGES, type EmbedMessageKey } from './embed';
import { FLAG_MESSAGES, type FlagMessageKey } from './flags';
import { MAP_MESSAGES, type MapMessageKey } from './map';
import { SANKEY_MESSAGES, type SankeyMessageKey } from './sankey';
import { TREND_MESSAGES, type TrendMessageKey } from './trend';

addEnglish(MESSAGES, SHARED_EN);
addEnglish(MAP_MESSAGES, MAP_EN);
addEnglish(TREND_MESSAGES, TREND_EN);
addEnglish(SANKEY_MESSAGES, SANKEY_EN);
addEnglish(FLAG_MESSAGES, FLAG_EN);

/** A key of any catalogue. */
export type AnyMessageKey =
  MessageKey | MapMessageKey | TrendMessageKey | SankeyMessageKey | EmbedMessageKey | FlagMessageKey;

/** The catalogues by name: `shared` (src/core/i18n.ts) and one per widget or page. */
export const CATALOGUES: Readonly<Record<string, Catalogue<string>>> = {
  shared: MESSAGES,
  map: MAP_MESSAGES,
  trend: TREND_MESSAGES,
  sankey: SANKEY_MESSAGES,
  embed: EMBED_MESSAGES,
  flags: FLAG_MESSAGES,
};

/** Every catalogue merged, per language. */
export const UI_MESSAGES: Catalogue<AnyMessageKey> = {
  de: Object.assign({}, ...Object.values(CATALOGUES).map((c) => c.de)),
  en: Object.assign({}, ...Object.values(CATALOGUES).map((c) => c.en)),
};

/** The message `key` (of any catalogue) in `lang`, with `{name}` placeholders replaced from `params`. */
export const t = translator(UI_MESSAGES);
