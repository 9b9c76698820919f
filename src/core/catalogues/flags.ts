/**
 * The official wording of the Zeichenerklärung for each flag (Destatis / statistical offices of the
 * Länder), German here and English in `en/flags.ts`: `flagDescription`. The short terms shown in
 * the widgets are in the shared catalogue (`flagLabel` in `src/core/i18n.ts`).
 */
import type { Lang, ValueFlag } from '../feed/types';
import { FLAG_KEYS, catalogue, translator, type Catalogue } from '../i18n';

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

/** Official wording of the flags, per language. */
export const FLAG_MESSAGES: Catalogue<FlagMessageKey> = /* @__PURE__ */ catalogue(de, () =>
  import('./en/index').then((m) => m.FLAG_EN),
);

/** The message `key` (of this catalogue or the shared one) in `lang`, placeholders filled. */
export const t = /* @__PURE__ */ translator(FLAG_MESSAGES);

/** Official wording of the Zeichenerklärung for a flag, e.g. `secret` → `Zahlenwert unbekannt …`. */
export function flagDescription(flag: ValueFlag, lang: Lang): string {
  return t(lang, `${FLAG_KEYS[flag]}Description`);
}
