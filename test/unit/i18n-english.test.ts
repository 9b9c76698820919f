import { afterEach, describe, expect, it, vi } from 'vitest';
import { SHARED_EN } from '../../src/core/catalogues/en/shared';
import { MESSAGES, catalogue, type SharedEnglishKey } from '../../src/core/i18n';

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
    const c = i18n.catalogue(DE, rest, { 'x.a': 'a' });
    const tx = i18n.translator(c);
    expect(i18n.englishSettled()).toBe(false);
    expect(tx('en', 'x.a')).toBe('a');
    expect(tx('en', 'x.b', { n: 1 })).toBe('B 1');
    expect(tx('en', 'retry')).toBe('Erneut versuchen');
    // only the loading text is built in: the messages of `bildung-error` load with the rest
    expect(tx('en', 'loading')).toBe('Loading data …');
    expect(tx('en', 'feedNotFound', { url: 'u' })).toBe('Die Datendatei wurde nicht gefunden: u');
    expect(rest).not.toHaveBeenCalled();

    const first = i18n.loadEnglish();
    const second = i18n.loadEnglish();
    expect(i18n.englishSettled()).toBe(false);
    await Promise.all([first, second]);
    expect(rest).toHaveBeenCalledTimes(1);
    expect(i18n.englishSettled()).toBe(true);
    expect(tx('en', 'x.b', { n: 1 })).toBe('b 1');
    expect(tx('en', 'retry')).toBe('Try again');
    expect(tx('en', 'feedNotFound', { url: 'u' })).toBe('The data file was not found: u');
    expect(tx('de', 'x.b', { n: 1 })).toBe('B 1');
    expect(Object.keys(c.en).sort()).toEqual(Object.keys(c.de).sort());
    await i18n.loadEnglish();
    expect(rest).toHaveBeenCalledTimes(1);
  });

  it('a failed load warns once, never rejects, and leaves German for good', async () => {
    const i18n = await fresh();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const rest = vi.fn(() => Promise.reject(new Error('offline')));
    const tx = i18n.translator(i18n.catalogue(DE, rest, { 'x.a': 'a' }));
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
    const c = i18n.catalogue(DE, rest);
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
    expect(map.t('en', 'map.geoNotFound', { url: 'u' })).toBe('Die Geometrie wurde nicht gefunden: u');
    await i18n.loadEnglish();
    expect(map.t('en', 'map.rank')).toBe('Rank');
    expect(map.t('en', 'map.geoNotFound', { url: 'u' })).toBe('The geometry was not found: u');
    expect(map.t('en', 'showTable')).toBe('Show table');
  });

  it('requires every English key in exactly one of the table and the built-in part (types)', () => {
    const later = () => Promise.resolve({ 'x.b': 'b' });
    const all = () => Promise.resolve({ 'x.a': 'a', 'x.b': 'b' });
    // @ts-expect-error -- 'x.a' is neither in the table nor built in
    catalogue(DE, later);
    // @ts-expect-error -- 'x.b' is neither built in nor in the table
    catalogue(DE, () => Promise.resolve({}), { 'x.a': 'a' });
    // @ts-expect-error -- 'x.c' is no key of the catalogue
    catalogue(DE, later, { 'x.a': 'a', 'x.c': 'c' });
    expect(() => catalogue(DE, later, { 'x.a': 'a' })).not.toThrow();
    expect(() => catalogue(DE, all)).not.toThrow();
    // the shared table has every key but the built-in loading text (its type: no key twice)
    // @ts-expect-error -- 'loading' is built in, no key of the table
    const twice: Readonly<Record<SharedEnglishKey, string>> = { ...SHARED_EN, loading: 'Loading' };
    expect(Object.keys(SHARED_EN).sort()).toEqual(
      Object.keys(MESSAGES.de)
        .filter((k) => k !== 'loading')
        .sort(),
    );
    expect(twice.noData).toBe('no data');
  });

  it('bilingual: German at once, English worded when read (JSON, spread and structuredClone see it)', async () => {
    const i18n = await fresh();
    const rest = vi.fn(() => Promise.resolve({ 'x.a': 'a', 'x.b': 'b {n}' }));
    const tx = i18n.translator(i18n.catalogue(DE, rest));
    const message = i18n.bilingual((lang) => tx(lang, 'x.b', { n: 3 }));
    const shared = i18n.bilingual((lang) => i18n.t(lang, 'unknownIndicator', { id: 'q' }));
    expect(message.de).toBe('B 3');
    expect(message.en).toBe('B 3');
    expect(shared.en).toBe('Unbekannter Indikator: q');
    expect(rest).not.toHaveBeenCalled();
    await i18n.loadEnglish();
    expect(message.en).toBe('b 3');
    expect(shared).toEqual({ de: 'Unbekannter Indikator: q', en: 'Unknown indicator: q' });
    expect(JSON.parse(JSON.stringify(message))).toEqual({ de: 'B 3', en: 'b 3' });
    expect({ ...message }).toEqual({ de: 'B 3', en: 'b 3' });
    const clone = structuredClone(message);
    expect(clone).toEqual({ de: 'B 3', en: 'b 3' });
    expect(Object.getOwnPropertyDescriptor(clone, 'en')?.value).toBe('b 3');
    expect(Object.keys(message)).toEqual(['de', 'en']);
  });

  it('bilingual: English after addEnglish, German when the load failed', async () => {
    let i18n = await fresh();
    const c = i18n.catalogue(DE, () => Promise.reject(new Error('not used')));
    const message = i18n.bilingual((lang) => i18n.translator(c)(lang, 'x.a'));
    expect(message.en).toBe('A');
    i18n.addEnglish(c, { 'x.a': 'a', 'x.b': 'b' });
    expect(message).toEqual({ de: 'A', en: 'a' });

    i18n = await fresh();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    i18n.catalogue(DE, () => Promise.reject(new Error('offline')));
    const failed = i18n.bilingual((lang) => i18n.t(lang, 'feedTimeout', { url: 'u' }));
    await i18n.loadEnglish();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(failed).toEqual({
      de: 'Die Datendatei hat nicht rechtzeitig geantwortet: u',
      en: 'Die Datendatei hat nicht rechtzeitig geantwortet: u',
    });
  });
});
