/**
 * The UN Peacekeeping Ministerials held so far (after the 2016 London Defence Ministerial, the
 * series the concept note follows). Loaded by `setup`; coordinators add later ones.
 */
export const MINISTERIALS = [
  {
    code: 'NEW_YORK_2019',
    name: '2019 United Nations Peacekeeping Ministerial, New York',
    city: 'New York',
    hostCountryIso3: 'USA',
    heldOn: '2019-03-29',
    endsOn: '2019-03-29',
  },
  {
    code: 'SEOUL_2021',
    name: '2021 United Nations Peacekeeping Ministerial, Seoul',
    city: 'Seoul',
    hostCountryIso3: 'KOR',
    heldOn: '2021-12-07',
    endsOn: '2021-12-08',
  },
  {
    code: 'ACCRA_2023',
    name: '2023 United Nations Peacekeeping Ministerial, Accra',
    city: 'Accra',
    hostCountryIso3: 'GHA',
    heldOn: '2023-12-05',
    endsOn: '2023-12-06',
  },
  {
    code: 'BERLIN_2025',
    name: '2025 United Nations Peacekeeping Ministerial, Berlin',
    city: 'Berlin',
    hostCountryIso3: 'DEU',
    heldOn: '2025-05-13',
    endsOn: '2025-05-14',
  },
] as const;
