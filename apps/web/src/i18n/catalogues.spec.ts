import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import en from './locales/en.json';
import fr from './locales/fr.json';

type Catalogue = { [key: string]: string | Catalogue };

function keysOf(catalogue: Catalogue, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Plural forms (_one, _other) of a key count as the key. */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('message catalogues', () => {
  const enKeys = keysOf(en);
  const frKeys = keysOf(fr);

  it('have the same keys in English and French', () => {
    expect(enKeys.filter((key) => !frKeys.includes(key))).toEqual([]);
    expect(frKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
  });

  it('have no empty message', () => {
    const values = (catalogue: Catalogue): string[] =>
      Object.values(catalogue).flatMap((value) =>
        typeof value === 'string' ? [value] : values(value),
      );
    expect(values(en).filter((value) => !value.trim())).toEqual([]);
    expect(values(fr).filter((value) => !value.trim())).toEqual([]);
  });

  it('hold every key the pages name literally', () => {
    const known = new Set(enKeys.map(base));
    const used = sources(join(__dirname, '..')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)].map(
        ([, key]) => `${file.replace(/^.*\/src\//, '')}: ${key}`,
      ),
    );
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((entry) => !known.has(entry.split(': ')[1]))).toEqual([]);
  });

  it('use French typography: a no-break space before : ; ? ! in French', () => {
    const values = (catalogue: Catalogue): string[] =>
      Object.values(catalogue).flatMap((value) =>
        typeof value === 'string' ? [value] : values(value),
      );
    expect(values(fr).filter((value) => / [:;?!]/.test(value))).toEqual([]);
  });
});
