import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogue } from '../../src/core/i18n';

/** A fresh copy of the i18n module: nothing loaded, no catalogue but the shared one registered. */
async function fresh(): Promise<typeof import('../../src/core/i18n')> {
  vi.resetModules();
  return import('../../src/core/i18n');
}

const DE = { 'x.a': 'A', 'x.b': 'B {n}' } as const;

afterEach(() => vi.restoreAllMocks());

describe('English on demand (catalogue, loadEnglish, addEnglish)', () => {
  it('has the built-in English at once and the rest after one load; German stands in meanwhile', async () => {
    const i18n = await fresh();
    const rest = vi.fn(() => Promise.resolve({ 'x.b': 'b {n}' }));
    const c = i18n.catalogue(DE, { 'x.a': 'a' }, rest);
    const tx = i18n.translator(c);
    expect(i18n.englishSettled()).toBe(false);
    expect(tx('en', 'x.a')).toBe('a');
    expect(tx('en', 'x.b', { n: 1 })).toBe('B 1');
    expect(tx('en', 'retry')).toBe('Erneut versuchen');
    expect(tx('en', 'feedNotFound', { url: 'u' })).toBe('The data file was not found: u');
    expect(rest).not.toHaveBeenCalled();

    const first = i18n.loadEnglish();
    const second = i18n.loadEnglish();
    expect(i18n.englishSettled()).toBe(false);
    await Promise.all([first, second]);
    expect(rest).toHaveBeenCalledTimes(1);
    expect(i18n.englishSettled()).toBe(true);
    expect(tx('en', 'x.b', { n: 1 })).toBe('b 1');
    expect(tx('en', 'retry')).toBe('Try again');
    expect(tx('de', 'x.b', { n: 1 })).toBe('B 1');
    expect(Object.keys(c.en).sort()).toEqual(Object.keys(c.de).sort());
    await i18n.loadEnglish();
    expect(rest).toHaveBeenCalledTimes(1);
  });

  it('a failed load warns once, never rejects, and leaves German for good', async () => {
    const i18n = await fresh();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const rest = vi.fn(() => Promise.reject(new Error('offline')));
    const tx = i18n.translator(i18n.catalogue(DE, { 'x.a': 'a' }, rest));
    await i18n.loadEnglish();
    await i18n.loadEnglish();
    expect(rest).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(i18n.englishSettled()).toBe(true);
    expect(tx('en', 'x.a')).toBe('a');
    expect(tx('en', 'x.b', { n: 2 })).toBe('B 2');
  });

  it('addEnglish completes a catalogue without loading it', async () => {
    const i18n = await fresh();
    const rest = vi.fn(() => Promise.resolve({ 'x.a': 'later', 'x.b': 'later' }));
    const c = i18n.catalogue(DE, {}, rest);
    i18n.addEnglish(c, { 'x.a': 'a', 'x.b': 'b' });
    i18n.addEnglish(i18n.MESSAGES, (await import('../../src/core/catalogues/en/shared')).SHARED_EN);
    expect(i18n.englishSettled()).toBe(true);
    await i18n.loadEnglish();
    expect(rest).not.toHaveBeenCalled();
    expect(i18n.translator(c)('en', 'x.b')).toBe('b');
  });

  it('the widget catalogues load their English from the one en/ chunk', async () => {
    const i18n = await fresh();
    const map = await import('../../src/core/catalogues/map');
    expect(map.t('en', 'map.rank')).toBe('Rang');
    expect(map.t('en', 'map.geoNotFound', { url: 'u' })).toBe('The geometry was not found: u');
    await i18n.loadEnglish();
    expect(map.t('en', 'map.rank')).toBe('Rank');
    expect(map.t('en', 'showTable')).toBe('Show table');
  });

  it('requires every English key in exactly one of the built-in part and the table (types)', () => {
    const later = () => Promise.resolve({ 'x.b': 'b' });
    // @ts-expect-error -- 'x.b' is neither built in nor in the table
    catalogue(DE, { 'x.a': 'a' }, () => Promise.resolve({}));
    // @ts-expect-error -- 'x.c' is no key of the catalogue
    catalogue(DE, { 'x.a': 'a', 'x.c': 'c' }, later);
    expect(() => catalogue(DE, { 'x.a': 'a' }, later)).not.toThrow();
  });
});
