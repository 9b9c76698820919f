/**
 * Setup of the Node tests (`setupFiles` in vitest.config.ts): the core modules they import take
 * their English from the tables in src/core/catalogues/en/, which `catalogues/all.ts` adds when it
 * is imported (as `bildung-widgets/core` does); the widget bundles load them on demand instead.
 */
import '../../src/core/catalogues/all';
