/**
 * The official wording of the Zeichenerklärung for each flag (Destatis / statistical offices of the
 * Länder), German and English: `flagDescription`. The short terms shown in the widgets are in the
 * shared catalogue (`flagLabel` in `src/core/i18n.ts`).
 */
import type { Lang, ValueFlag } from '../feed/types';
import { FLAG_KEYS, translator } from '../i18n';

const de = {
  // Flags: official wording of the Zeichenerklärung
  provisionalDescription: 'vorläufige Zahl',
  revisedDescription: 'berichtigte Zahl',
  estimatedDescription: 'geschätzte Zahl',
  limitedDescription: 'Aussagewert eingeschränkt, da der Zahlenwert statistisch relativ unsicher ist',
  nilDescription: 'nichts vorhanden',
  secretDescription: 'Zahlenwert unbekannt oder geheim zu halten',
  notApplicableDescription: 'Tabellenfach gesperrt, weil Aussage nicht sinnvoll',
  uncertainDescription: 'keine Angaben, da Zahlenwert nicht sicher genug',
  notYetAvailableDescription: 'Angabe fällt später an',
} as const;

/** Keys of this catalogue. */
export type FlagMessageKey = keyof typeof de;

const en: Record<FlagMessageKey, string> = {
  provisionalDescription: 'provisional figure',
  revisedDescription: 'revised figure',
  estimatedDescription: 'estimated figure',
  limitedDescription: 'limited informational value because the figure is statistically relatively uncertain',
  nilDescription: 'nil (nothing to report)',
  secretDescription: 'figure unknown or to be kept confidential',
  notApplicableDescription: 'cell blocked because a statement is not meaningful',
  uncertainDescription: 'no figure because it is not reliable enough',
  notYetAvailableDescription: 'figure will be available later',
};

/** Official wording of the flags, per language. */
export const FLAG_MESSAGES = { de, en } as const;

/** The message `key` (of this catalogue or the shared one) in `lang`, placeholders filled. */
export const t = /* @__PURE__ */ translator(FLAG_MESSAGES);

/** Official wording of the Zeichenerklärung for a flag, e.g. `secret` → `Zahlenwert unbekannt …`. */
export function flagDescription(flag: ValueFlag, lang: Lang): string {
  return t(lang, `${FLAG_KEYS[flag]}Description`);
}
