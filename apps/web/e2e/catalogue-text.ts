import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, type Page } from '@playwright/test';

import en from '../src/i18n/locales/en.json';
import fr from '../src/i18n/locales/fr.json';
import { MEMBER_STATE_CODES } from '../src/dashboard/map/member-state-codes';

/**
 * "A page shows only strings from a catalogue", checked on the rendered page.
 *
 * React puts every JSX expression in a text node of its own, so each text node a page shows is
 * one of: a message of the interface's catalogue (placeholders may hold anything), a value the
 * API sent (titles, names, codes: data, not interface text), a number or date formatted for the
 * locale, or punctuation between them (·, –, /). Anything else (a literal English word in JSX, a
 * message of the other language's catalogue, a raw enum value such as OPEN) fails the check.
 * API values are recorded from the page's own GraphQL answers (HTTP and WebSocket), minus the
 * schema's enum values, which must always be shown through the catalogue. A member state's name
 * as the browser's own CLDR data gives it in the interface's language (useCountryName) is data
 * too. Accessible names
 * (aria-label, placeholder, title, alt) are checked the same way.
 */

type Catalogue = { [key: string]: string | Catalogue };

function messages(catalogue: Catalogue): string[] {
  return Object.values(catalogue).flatMap((value) =>
    typeof value === 'string' ? [value] : messages(value),
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A message as a pattern: its {{placeholders}} match anything. */
function patternOf(message: string): RegExp {
  const parts = message.split(/\{\{[^}]+\}\}/).map((part) => escape(part.trim()));
  // Case-insensitive: a label may start in lower case inside a list ("In country, remote").
  return new RegExp(`^${parts.join('[\\s\\S]*?')}$`, 'si');
}

const normalise = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

const CATALOGUES = {
  en: messages(en).map((message) => patternOf(normalise(message))),
  fr: messages(fr).map((message) => patternOf(normalise(message))),
};

/** The schema's enum values: shown raw, they are untranslated. */
const ENUM_VALUES = new Set(
  [
    ...readFileSync(join(__dirname, '..', '..', '..', 'schema.gql'), 'utf8').matchAll(
      /^enum \w+ \{([^}]*)\}/gm,
    ),
  ].flatMap(([, body]) =>
    body
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /^[A-Z][A-Z0-9_]*$/.test(line)),
  ),
);

function monthNames(locale: string): string[] {
  return Array.from({ length: 12 }, (_, month) => new Date(2026, month, 15)).flatMap((day) => [
    new Intl.DateTimeFormat(locale, { month: 'long' }).format(day),
    new Intl.DateTimeFormat(locale, { month: 'short' }).format(day),
  ]);
}

/** Numbers, percentages, dates and times in the locale: digits, month names, punctuation. */
function isFormattedValue(text: string, locale: string): boolean {
  if (!/\d/.test(text)) return false;
  let rest = text;
  for (const month of monthNames(locale).sort((a, b) => b.length - a.length)) {
    rest = rest.split(month).join(' ');
  }
  return /^[\d\s.,:%+\-−–/()]*(AM|PM|am|pm)?[\s\d.,:]*$/.test(rest);
}

const PUNCTUATION = /^[\s·–—\-/,:;()…|×*]*$/;

const apiValues = new WeakMap<Page, Set<string>>();

function collect(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    if (!ENUM_VALUES.has(value)) into.add(normalise(value));
    // An error's message as ApiErrorAlert shows it, without the field it starts with.
    if (/^[\w.]+: /.test(value)) into.add(normalise(value.replace(/^[\w.]+: /, '')));
  } else if (Array.isArray(value)) {
    for (const item of value) collect(item, into);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) collect(item, into);
  }
}

/** Records every string the API sends this page (call before the page's first navigation). */
export function watchApi(page: Page): void {
  if (apiValues.has(page)) return;
  const values = new Set<string>();
  apiValues.set(page, values);
  page.on('response', async (response) => {
    // urql sends queries as GET /graphql?query=…, mutations as POST /graphql.
    if (new URL(response.url()).pathname !== '/graphql') return;
    try {
      collect(await response.json(), values);
    } catch {
      // Not JSON (a preflight, an aborted request).
    }
  });
  page.on('websocket', (socket) => {
    socket.on('framereceived', ({ payload }) => {
      try {
        collect(JSON.parse(String(payload)), values);
      } catch {
        // Not JSON.
      }
    });
  });
}

/** The page's visible text nodes and accessible names that come from no catalogue. */
export async function uncataloguedText(page: Page): Promise<string[]> {
  const language = (await page.evaluate(() => document.documentElement.lang)) as 'en' | 'fr';
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  // Member states' names in the page's language, from the same browser data useCountryName reads.
  const countryNames = await page.evaluate(
    ({ codes, language }) => {
      const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
      return codes.map((code) => names.of(code) ?? '');
    },
    { codes: Object.values(MEMBER_STATE_CODES).map(({ iso2 }) => iso2), language },
  );
  const texts = await page.evaluate(() => {
    const found: string[] = [];
    const shown = (element: Element) =>
      element.checkVisibility({ visibilityProperty: true }) &&
      !element.closest('[aria-hidden="true"]');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || !shown(parent)) continue;
      if (parent.closest('script, style, svg')) continue;
      found.push(node.textContent);
    }
    // Chart labels: recharts wraps a tick's label over several <tspan>s.
    const charts = document.querySelectorAll(
      'svg .recharts-cartesian-axis-tick, svg text:not(.recharts-cartesian-axis-tick text)',
    );
    for (const label of charts) {
      if (!shown(label)) continue;
      const spans = [...label.querySelectorAll('tspan')];
      found.push(
        spans.length ? spans.map((span) => span.textContent).join(' ') : (label.textContent ?? ''),
      );
    }
    for (const element of document.querySelectorAll(
      '[aria-label], [placeholder], [title], img[alt]',
    )) {
      // Measuring helpers (a textarea's autosize twin) take no room: no one sees them.
      const box = element.getBoundingClientRect();
      if (!shown(element) || box.width === 0 || box.height === 0) continue;
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = element.getAttribute(name);
        if (value?.trim()) found.push(value);
      }
    }
    return found;
  });
  const api = new Set([...(apiValues.get(page) ?? []), ...countryNames.map(normalise)]);
  const catalogue = CATALOGUES[language];
  return [...new Set(texts.map(normalise))].filter(
    (text) =>
      !PUNCTUATION.test(text) &&
      !api.has(text) &&
      !isFormattedValue(text, locale) &&
      !catalogue.some((pattern) => pattern.test(text)),
  );
}

export async function expectCatalogued(page: Page): Promise<void> {
  expect(await uncataloguedText(page), `text on ${page.url()} from no catalogue`).toEqual([]);
}
