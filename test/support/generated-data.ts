// Data written straight with SQL into a test database, for the tests that run the API and the
// worker as child processes (they have no in-process Nest application to go through).
import { Client } from 'pg';

import { hashPassword } from '@app/auth';
import { CAPABILITY_CATALOGUE } from '@app/domain';

import { TEST_PASSWORD, testEmail } from './test-users';

/** Every (category, capability) of the catalogue, so the instance has many independent groups. */
const CATALOGUE = Object.entries(CAPABILITY_CATALOGUE).flatMap(([category, capabilities]) =>
  capabilities.map(({ code }) => ({ category, capability: code })),
);

/** One statement on its own connection (closed cleanly: the tests count abandoned sessions). */
export async function sql<T>(
  databaseUrl: string,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * OPEN gaps and offers written straight with SQL (no automatic runs), all in windows around
 * today: gap i names one catalogue capability, offer j covers one, in English, French or both, by
 * donors among all member states (the engine never pairs a donor with itself), open to everyone.
 */
export async function loadOpenGapsAndOffers(
  databaseUrl: string,
  gaps: number,
  offers: number,
): Promise<void> {
  const categories = CATALOGUE.map((entry) => entry.category);
  const capabilities = CATALOGUE.map((entry) => entry.capability);
  await sql(
    databaseUrl,
    `WITH states AS (SELECT array_agg(iso3::text ORDER BY iso3) AS list FROM member_states)
     INSERT INTO capability_gaps (member_state_iso3, category, capability, title, quantity, unit,
       priority, languages, needed_from, needed_by, source, status)
     SELECT states.list[1 + (i * 7) % cardinality(states.list)],
            ($2::text[])[1 + i % cardinality($2::text[])]::category,
            ($3::text[])[1 + i % cardinality($3::text[])],
            'Fault test gap ' || i, 1 + i % 60, 'TRAINEES',
            (ARRAY['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'])[1 + i % 4]::priority,
            (CASE (i / 7) % 3 WHEN 0 THEN '{en}' WHEN 1 THEN '{fr}' ELSE '{en,fr}' END)::text[],
            current_date - i % 20, current_date + 30 + i % 240, 'SELF_DECLARED', 'OPEN'
     FROM generate_series(0, $1 - 1) AS i, states`,
    [gaps, categories, capabilities],
  );
  await sql(
    databaseUrl,
    `WITH states AS (SELECT array_agg(iso3::text ORDER BY iso3) AS list FROM member_states)
     INSERT INTO offers (donor_iso3, category, capabilities, title, capacity, unit, languages,
       eligible, excluded, available_from, available_to, status)
     SELECT states.list[1 + (j * 13) % cardinality(states.list)],
            ($2::text[])[1 + j % cardinality($2::text[])]::category,
            ARRAY[($3::text[])[1 + j % cardinality($3::text[])]],
            'Fault test offer ' || j, 20 + j % 400, 'TRAINEES',
            (CASE (j / 7) % 3 WHEN 0 THEN '{en}' WHEN 1 THEN '{en,fr}' ELSE '{fr}' END)::text[],
            '{}', '{}', current_date - 30, current_date + 400, 'OPEN'
     FROM generate_series(0, $1 - 1) AS j, states`,
    [offers, categories, capabilities],
  );
}

/** A coordinator (who may start runs) in the test database, to sign in with. */
export async function createCoordinator(databaseUrl: string): Promise<string> {
  const email = testEmail('coordinator');
  await sql(
    databaseUrl,
    `INSERT INTO users (email, password_hash, role) VALUES ($1, $2, 'COORDINATOR')`,
    [email, await hashPassword(TEST_PASSWORD)],
  );
  return email;
}
