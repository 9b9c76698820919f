import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import {
  DEFAULT_MAX_STRING_LENGTH,
  FLOW_UNITS,
  ID_PATTERN,
  MAX_DECIMALS,
  POLARITIES,
  REGION_LEVELS,
  UNIT_KINDS,
  YEAR_MAX,
  YEAR_MIN,
} from '../../src/core/feed/constants';
import { parseFeed } from '../../src/core/feed/parse';
import { FLAG_SYMBOLS, VALUE_FLAGS } from '../../src/core/feed/types';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = `${ROOT}test/fixtures/feeds/`;

interface SchemaDef {
  enum?: string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
}

const schema = JSON.parse(readFileSync(`${ROOT}schema/feed-v1.schema.json`, 'utf8')) as {
  $schema: string;
  $id: string;
  $defs: Record<string, SchemaDef>;
};
// Strict, except that `anyOf: [{ required: ['value'] }, …]` may name properties defined next to it.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
const schemaValid = ajv.compile(schema);

const expected = JSON.parse(readFileSync(`${FIXTURES}invalid/expected.json`, 'utf8')) as Record<
  string,
  { code: string; path: string; schema: boolean }
>;
const validNames = readdirSync(`${FIXTURES}valid`).filter((f) => f.endsWith('.json'));

function text(dir: string, name: string): string {
  return readFileSync(`${FIXTURES}${dir}/${name}`, 'utf8');
}

function def(name: string): SchemaDef {
  const d = schema.$defs[name];
  if (!d) throw new Error(`schema has no $defs.${name}`);
  return d;
}

describe('feed-v1.schema.json', () => {
  it('is a draft 2020-12 schema with a stable id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('urn:bildung-widgets:feed:v1');
  });

  it.each(validNames)('valid fixture %s passes the schema and the validator', (name) => {
    const t = text('valid', name);
    expect(schemaValid(JSON.parse(t)), JSON.stringify(schemaValid.errors)).toBe(true);
    expect(parseFeed(t).ok).toBe(true);
  });

  const structural = Object.entries(expected).filter(([, e]) => e.schema);
  const crossReference = Object.entries(expected).filter(([, e]) => !e.schema);

  it('most invalid fixtures are structural', () => {
    expect(structural.length).toBeGreaterThanOrEqual(30);
    expect(crossReference.length).toBeGreaterThanOrEqual(15);
  });

  it.each(structural)('structural problem %s fails the schema and the validator', (name) => {
    const t = text('invalid', name);
    expect(schemaValid(JSON.parse(t))).toBe(false);
    expect(parseFeed(t).ok).toBe(false);
  });

  it.each(crossReference)('cross-reference problem %s passes the schema, fails the validator', (name) => {
    const t = text('invalid', name);
    expect(schemaValid(JSON.parse(t)), JSON.stringify(schemaValid.errors)).toBe(true);
    expect(parseFeed(t).ok).toBe(false);
  });

  it('lists the same enumerations as the TypeScript constants', () => {
    expect(def('flagName').enum).toEqual([...VALUE_FLAGS]);
    expect(def('flagSymbol').enum).toEqual(Object.keys(FLAG_SYMBOLS));
    expect(def('regionLevel').enum).toEqual([...REGION_LEVELS]);
    expect(def('polarity').enum).toEqual([...POLARITIES]);
    expect(def('unitKind').enum).toEqual([...UNIT_KINDS]);
    expect(def('flowUnit').enum).toEqual([...FLOW_UNITS]);
  });

  it('uses the same limits as the validator', () => {
    expect(def('id').pattern).toBe(ID_PATTERN.source);
    expect([def('year').minimum, def('year').maximum]).toEqual([YEAR_MIN, YEAR_MAX]);
    expect([def('decimals').minimum, def('decimals').maximum]).toEqual([0, MAX_DECIMALS]);
    expect(def('string').maxLength).toBe(DEFAULT_MAX_STRING_LENGTH);
    expect(def('nonEmptyString').maxLength).toBe(DEFAULT_MAX_STRING_LENGTH);
  });
});
