/**
 * Current UN peacekeeping operations (as listed by the UN Department of Peace Operations, 2026).
 * No maintained npm package lists missions, so this short list is curated here; update it when a
 * mandate starts or ends. `hostCountry` is empty where the host is not a single UN member state.
 */
export interface MissionRecord {
  code: string;
  name: string;
  location: string;
  hostCountry: string | null;
  languages: string[];
  establishedOn: string;
}

export const MISSIONS: readonly MissionRecord[] = [
  {
    code: 'MINUSCA',
    name: 'United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic',
    location: 'Central African Republic',
    hostCountry: 'CAF',
    languages: ['fr', 'en'],
    establishedOn: '2014-04-10',
  },
  {
    code: 'MONUSCO',
    name: 'United Nations Organization Stabilization Mission in the Democratic Republic of the Congo',
    location: 'Democratic Republic of the Congo',
    hostCountry: 'COD',
    languages: ['fr', 'en'],
    establishedOn: '2010-07-01',
  },
  {
    code: 'UNMISS',
    name: 'United Nations Mission in the Republic of South Sudan',
    location: 'South Sudan',
    hostCountry: 'SSD',
    languages: ['en'],
    establishedOn: '2011-07-09',
  },
  {
    code: 'UNIFIL',
    name: 'United Nations Interim Force in Lebanon',
    location: 'Lebanon',
    hostCountry: 'LBN',
    languages: ['en', 'fr', 'ar'],
    establishedOn: '1978-03-19',
  },
  {
    code: 'UNFICYP',
    name: 'United Nations Peacekeeping Force in Cyprus',
    location: 'Cyprus',
    hostCountry: 'CYP',
    languages: ['en'],
    establishedOn: '1964-03-27',
  },
  {
    code: 'MINURSO',
    name: 'United Nations Mission for the Referendum in Western Sahara',
    location: 'Western Sahara',
    hostCountry: null,
    languages: ['en', 'fr', 'es', 'ar'],
    establishedOn: '1991-04-29',
  },
  {
    code: 'UNISFA',
    name: 'United Nations Interim Security Force for Abyei',
    location: 'Abyei Area (Sudan and South Sudan)',
    hostCountry: null,
    languages: ['en', 'ar'],
    establishedOn: '2011-06-27',
  },
  {
    code: 'UNDOF',
    name: 'United Nations Disengagement Observer Force',
    location: 'Golan',
    hostCountry: 'SYR',
    languages: ['en'],
    establishedOn: '1974-05-31',
  },
  {
    code: 'UNMIK',
    name: 'United Nations Interim Administration Mission in Kosovo',
    location: 'Kosovo',
    hostCountry: null,
    languages: ['en', 'sq', 'sr'],
    establishedOn: '1999-06-10',
  },
  {
    code: 'UNTSO',
    name: 'United Nations Truce Supervision Organization',
    location: 'Middle East',
    hostCountry: null,
    languages: ['en'],
    establishedOn: '1948-05-29',
  },
  {
    code: 'UNMOGIP',
    name: 'United Nations Military Observer Group in India and Pakistan',
    location: 'India and Pakistan (Jammu and Kashmir)',
    hostCountry: null,
    languages: ['en'],
    establishedOn: '1949-01-24',
  },
];
