import { expect, type Page, test } from '@playwright/test';

import { join } from 'node:path';

import {
  asUser,
  createGapAs,
  DEMO,
  expectAccessible,
  runMatchingAs,
  SCREENSHOTS,
  screenshot,
  signIn,
  useLanguage,
} from './fixtures';

/**
 * Coordination in the browser (issue 18): why a gap got what it got and an offer's near misses,
 * as `matchDiagnostics` computes them, and conversations on the record.
 */

// Playwright reruns beforeAll after a failure (a new worker): each scene its own capability and
// titles, so an earlier scene's offers (same category) never match the locators.
const SCENE = Date.now().toString(36).toUpperCase();
const CAPABILITY = `BRIDGE_REPAIR_${SCENE}`;
const TITLE = {
  portuguese: `Bridge repair course in Portuguese ${SCENE}`,
  late: `Bridge repair course in 2028 ${SCENE}`,
  small: `Bridge repair mobile team ${SCENE}`,
};

interface Verdict {
  offerId: string;
  outcome: string;
  rule: string | null;
  quantity: number;
}

const DIAGNOSIS = `query($gapId: ID!) { matchDiagnostics(gapId: $gapId) {
  status runId gap { demand allocated unmet offers { offerId outcome rule quantity } } } }`;

async function createOffer(baseURL: string, title: string, fields: Record<string, unknown>) {
  const { createOffer } = await asUser<{ createOffer: { id: string } }>(
    baseURL,
    DEMO.coordinator,
    `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`,
    {
      input: {
        donor: 'USA',
        category: 'ENGINEERING',
        capabilities: [CAPABILITY],
        unit: 'TRAINEES',
        open: true,
        title,
        ...fields,
      },
    },
  );
  return createOffer.id;
}

/** A gap of the scenes, open: trainees wanted in French from March to June 2027, high priority. */
function createSceneGap(baseURL: string, fields: Record<string, unknown>): Promise<string> {
  return createGapAs(baseURL, DEMO.coordinator, {
    unit: 'TRAINEES',
    priority: 'HIGH',
    languages: ['fr'],
    neededFrom: '2027-03-01',
    neededBy: '2027-06-30',
    open: true,
    ...fields,
  });
}

let gapId: string;
let portugueseOffer: string;
let lateOffer: string;
let smallOffer: string;

test.beforeAll(async ({ baseURL }) => {
  gapId = await createSceneGap(baseURL!, {
    memberState: 'BGD',
    category: 'ENGINEERING',
    capability: CAPABILITY,
    title: 'Bridge repair for the engineering company',
    quantity: 12,
  });
  portugueseOffer = await createOffer(baseURL!, TITLE.portuguese, {
    languages: ['pt'],
    capacity: 20,
    availableFrom: '2027-01-01',
    availableTo: '2027-12-31',
  });
  lateOffer = await createOffer(baseURL!, TITLE.late, {
    languages: ['fr'],
    capacity: 20,
    availableFrom: '2028-01-01',
    availableTo: '2028-06-30',
  });
  smallOffer = await createOffer(baseURL!, TITLE.small, {
    languages: ['fr'],
    capacity: 5,
    availableFrom: '2027-01-01',
    availableTo: '2027-12-31',
  });
  await runMatchingAs(baseURL!, DEMO.coordinator);
});

async function diagnosisOf(baseURL: string) {
  const { matchDiagnostics } = await asUser<{
    matchDiagnostics: {
      status: string;
      gap: { demand: number; allocated: number; unmet: number; offers: Verdict[] };
    };
  }>(baseURL, DEMO.coordinator, DIAGNOSIS, { gapId });
  return matchDiagnostics;
}

function verdictCard(page: Page, title: string) {
  return page.getByTestId('offer-verdict').filter({ hasText: title });
}

test('a gap page says, for every offer of its category, what the latest run made of it', async ({
  page,
  baseURL,
}) => {
  const diagnosis = await diagnosisOf(baseURL!);
  expect(diagnosis.status).toBe('DIAGNOSED');
  // The scene as the API explains it: 5 of 12 units from the mobile team, the others ruled out.
  const byOffer = new Map(diagnosis.gap.offers.map((verdict) => [verdict.offerId, verdict]));
  expect(byOffer.get(smallOffer)).toMatchObject({ outcome: 'ALLOCATED', quantity: 5 });
  expect(byOffer.get(portugueseOffer)).toMatchObject({
    outcome: 'NOT_CANDIDATE',
    rule: 'LANGUAGE',
  });
  expect(byOffer.get(lateOffer)).toMatchObject({ outcome: 'NOT_CANDIDATE', rule: 'WINDOW' });

  await signIn(page, DEMO.coordinator, `/gaps/${gapId}`);
  const panel = page.getByTestId('gap-diagnosis');
  await expect(panel.getByTestId('diagnosis-summary')).toContainText(
    `demand ${diagnosis.gap.demand}, proposed ${diagnosis.gap.allocated}, unmet ${diagnosis.gap.unmet}`,
  );
  // One card per offer the API explains, with the same outcome.
  await expect(panel.getByTestId('offer-verdict')).toHaveCount(diagnosis.gap.offers.length);
  for (const outcome of ['ALLOCATED', 'OUTBID', 'NOT_NEEDED', 'NOT_CANDIDATE']) {
    await expect(panel.locator(`[data-outcome="${outcome}"]`)).toHaveCount(
      diagnosis.gap.offers.filter((verdict) => verdict.outcome === outcome).length,
    );
  }
  await expect(verdictCard(page, TITLE.small)).toContainText('The run proposed 5 units of it');
  await expect(verdictCard(page, TITLE.portuguese)).toContainText(
    'Its languages (Portuguese) include none the gap accepts (French).',
  );
  await expect(verdictCard(page, TITLE.late)).toContainText(
    "which does not overlap the gap's dates",
  );
  await panel.scrollIntoViewIfNeeded();
  await screenshot(page, 'gap-diagnosis-en');
  await expectAccessible(page);
});

test('in French, the same reasons in French', async ({ page, baseURL }) => {
  const diagnosis = await diagnosisOf(baseURL!);
  await useLanguage(page, 'fr');
  await signIn(page, DEMO.coordinator, `/gaps/${gapId}`);
  const panel = page.getByTestId('gap-diagnosis');
  await expect(panel.getByRole('heading')).toHaveText('Pourquoi cette lacune a obtenu ce résultat');
  await expect(panel.getByTestId('offer-verdict')).toHaveCount(diagnosis.gap.offers.length);
  await expect(verdictCard(page, TITLE.portuguese)).toContainText(
    'Aucune de ses langues (portugais) ne fait partie de celles qu’accepte la lacune (français).',
  );
  await expect(verdictCard(page, TITLE.portuguese)).toContainText('Non candidate');
  await panel.scrollIntoViewIfNeeded();
  await screenshot(page, 'gap-diagnosis-fr');
  await expectAccessible(page);
});

test("a donor sees its offer's near misses: the gaps one change away", async ({
  page,
  baseURL,
}) => {
  const { matchDiagnostics } = await asUser<{
    matchDiagnostics: { offer: { nearMisses: { gapId: string; rule: string; demand: number }[] } };
  }>(
    baseURL!,
    DEMO.donor,
    `query($offerId: ID!) { matchDiagnostics(offerId: $offerId) { offer { nearMisses { gapId rule demand } } } }`,
    { offerId: portugueseOffer },
  );
  // The gap's demand left after the mobile team's 5 units: 12 − 5.
  expect(matchDiagnostics.offer.nearMisses).toContainEqual({ gapId, rule: 'LANGUAGE', demand: 7 });

  await signIn(page, DEMO.donor, `/offers/${portugueseOffer}`);
  const rows = page.getByTestId('near-misses').locator('tbody tr');
  await expect(rows).toHaveCount(matchDiagnostics.offer.nearMisses.length);
  const ours = rows.filter({ has: page.locator(`a[href="/gaps/${gapId}"]`) });
  await expect(ours).toContainText('is also given in French');
  await expect(ours.locator('td').nth(3)).toHaveText('7');
  await screenshot(page, 'offer-near-misses-en');
  await expectAccessible(page);
});

test('a conversation on a gap: a comment with a mention, a bad mention refused, an edit, a reply in French', async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, DEMO.coordinator, `/gaps/${gapId}`);
  const thread = page.getByTestId('comments');
  await expect(thread.getByRole('heading')).toHaveText('Conversation (0 comments)');
  const body = thread.getByRole('textbox', { name: 'Comment' });
  const mentions = thread.getByLabel('Mention', { exact: true });

  // A mention of someone unknown: refused at the field, nothing written.
  await body.fill('Could the engineering school host this course?');
  await mentions.fill('nobody@example.org');
  await mentions.press('Enter');
  await thread.getByRole('button', { name: 'Add comment' }).click();
  await expect(thread.getByText('One of these users does not exist')).toBeVisible();
  const count = async () =>
    (
      await asUser<{ comments: { totalCount: number } }>(
        baseURL!,
        DEMO.coordinator,
        `query($gapId: ID) { comments(gapId: $gapId) { totalCount } }`,
        { gapId },
      )
    ).comments.totalCount;
  expect(await count()).toBe(0);

  // The T/PCC officer mentioned instead.
  await mentions.focus();
  await page.keyboard.press('Backspace');
  await mentions.fill(DEMO.tpcc);
  await mentions.press('Enter');
  await thread.getByRole('button', { name: 'Add comment' }).click();
  await expect(thread.getByTestId('comment')).toHaveCount(1);
  await expect(thread.getByTestId('comment')).toContainText(`Mentioned: ${DEMO.tpcc}`);
  expect(await count()).toBe(1);

  // Edited by its author: the new text, marked edited.
  await thread.getByRole('button', { name: 'Edit' }).click();
  await thread
    .getByTestId('comment')
    .getByRole('textbox', { name: 'Comment' })
    .fill('Could the national engineering school host this course in May?');
  await thread.getByTestId('comment').getByRole('button', { name: 'Save' }).click();
  await expect(thread.getByTestId('comment')).toContainText('in May?');
  await expect(thread.getByTestId('comment')).toContainText('edited');
  await screenshot(page, 'gap-comments-en');
  await expectAccessible(page);

  // The T/PCC officer, working in French, reads it and answers.
  const tpccContext = await browser.newContext({ baseURL, locale: 'fr-FR' });
  const tpccPage = await tpccContext.newPage();
  await useLanguage(tpccPage, 'fr');
  await signIn(tpccPage, DEMO.tpcc, `/gaps/${gapId}`);
  const tpccThread = tpccPage.getByTestId('comments');
  await expect(tpccThread.getByRole('heading')).toHaveText('Échanges (1 commentaire)');
  await expect(tpccThread.getByTestId('comment')).toContainText('in May?');
  // Someone else's comment: neither edit nor delete is offered.
  await expect(tpccThread.getByRole('button', { name: 'Modifier' })).toHaveCount(0);
  await expect(tpccThread.getByRole('button', { name: 'Supprimer' })).toHaveCount(0);
  await tpccThread
    .getByRole('textbox', { name: 'Commentaire' })
    .fill('Oui, l’école du génie peut accueillir le stage en mai.');
  await tpccThread.getByRole('button', { name: 'Ajouter le commentaire' }).click();
  await expect(tpccThread.getByTestId('comment')).toHaveCount(2);
  await expect(tpccThread.getByTestId('comment').first()).toContainText('en mai');
  await screenshot(tpccPage, 'gap-comments-fr');
  await expectAccessible(tpccPage);
  // Its author deletes it within the window.
  await tpccThread
    .getByTestId('comment')
    .first()
    .getByRole('button', { name: 'Supprimer' })
    .click();
  await tpccThread
    .getByTestId('comment')
    .first()
    .getByRole('button', { name: 'Supprimer' })
    .click();
  await expect(tpccThread.getByTestId('comment')).toHaveCount(1);
  expect(await count()).toBe(1);
  await tpccContext.close();
});

test('duplicated support is flagged on the proposals before anyone confirms them', async ({
  page,
  baseURL,
}) => {
  // Rwanda's need logged twice (an assessment and its own request, same mission and unit type),
  // and two donors: the run serves both entries, 20 units for a demand of 10.
  const capability = `CASEVAC_${SCENE}`;
  for (const source of ['PCRS_ASSESSMENT', 'SELF_DECLARED']) {
    await createSceneGap(baseURL!, {
      memberState: 'RWA',
      mission: 'MINUSCA',
      unitType: 'Infantry battalion',
      category: 'MEDICAL',
      capability,
      source,
      title: `CASEVAC team training ${SCENE} (${source})`,
      quantity: 10,
    });
  }
  const offers: string[] = [];
  for (const donor of ['USA', 'FRA']) {
    const offer = await createOffer(baseURL!, `CASEVAC course ${SCENE} ${donor}`, {
      donor,
      category: 'MEDICAL',
      capabilities: [capability],
      languages: ['fr'],
      capacity: 10,
      availableFrom: '2027-01-01',
      availableTo: '2027-12-31',
    });
    offers.push(offer);
  }
  await runMatchingAs(baseURL!, DEMO.coordinator);
  // The open proposals of the two offers (an automatic run may supersede the one started here).
  const warnings = async () => {
    const { proposals } = await asUser<{
      proposals: { edges: { node: { duplicationWarning: { units: number; excess: number } } }[] };
    }>(
      baseURL!,
      DEMO.coordinator,
      `query($offer: [ID!]) { proposals(first: 100, filter: { offer: $offer, status: [PROPOSED] }) {
        edges { node { duplicationWarning { units excess } } } } }`,
      { offer: offers },
    );
    return proposals.edges.map(({ node }) => node.duplicationWarning);
  };
  await expect.poll(warnings, { timeout: 30_000 }).toEqual([
    { units: 20, excess: 10 },
    { units: 20, excess: 10 },
  ]);

  await useLanguage(page, 'fr');
  await signIn(page, DEMO.coordinator, '/proposals');
  const card = page
    .getByTestId('proposal')
    .filter({ hasText: `CASEVAC course ${SCENE} USA` })
    .first();
  await expect(card.getByTestId('duplication')).toContainText(
    `Avec cette proposition, Rwanda reçoit ou se voit proposer 20 unités de ${capability}`,
  );
  await expect(card.getByTestId('duplication')).toContainText('10 de plus que son besoin de 10');
  // The proposals page is long: the card alone shows the warning.
  await card.screenshot({ path: join(SCREENSHOTS, 'proposal-duplication-fr.png') });
  await expectAccessible(page);
});
