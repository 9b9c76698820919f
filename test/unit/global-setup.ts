/** Builds generated geometry and demo feeds once before the unit tests (no-op when up to date). */
import { ensureGenerated } from '../../scripts/generate.ts';

export default async function setup(): Promise<void> {
  await ensureGenerated(undefined, { quiet: true });
}
