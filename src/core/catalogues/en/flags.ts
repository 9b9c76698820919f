/** English of the official wording of the flags (`../flags.ts`). The widget bundles load it on demand. */
import type { FlagMessageKey } from '../flags';

export const FLAG_EN: Readonly<Record<FlagMessageKey, string>> = {
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
