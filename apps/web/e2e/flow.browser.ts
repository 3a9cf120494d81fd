import { type Browser, expect, type Page, test } from '@playwright/test';

import {
  DEMO,
  expectAccessible,
  pickDate,
  readmeScreenshot,
  screenshot,
  signIn,
  useLanguage,
} from './fixtures';

/**
 * The day, end to end in three browser contexts (three people): a coordinator logs a gap
 * in the French interface; a donor posts a matching offer (a refusal shown at its field first);
 * the automatic run (the worker, MATCH_DEBOUNCE_MS=1000 in global-setup) proposes it; the T/PCC
 * officer and the donor accept, each in their own browser; the partnership appears for both,
 * live, then on their partnerships pages, where the follow-up is recorded.
 */

// A capability no demo offer lists: only this test's offer can serve this test's gap.
const CAPABILITY = 'FORWARD_SURGICAL_TEAM';
const GAP_TITLE = 'Équipes chirurgicales de l’avant pour les bases de la MINUSCA';
const OFFER_TITLE = 'Forward surgical team training (French-speaking instructors)';

async function person(browser: Browser, language: 'en' | 'fr'): Promise<Page> {
  const context = await browser.newContext({ locale: language === 'fr' ? 'fr-FR' : 'en-GB' });
  const page = await context.newPage();
  await useLanguage(page, language);
  return page;
}

test('a gap logged in French, a matching offer, the automatic run, both sides accept, the partnership for both', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const coordinator = await person(browser, 'fr');
  const donor = await person(browser, 'en');
  const tpcc = await person(browser, 'fr');

  // 1. The coordinator logs the gap, in French.
  await signIn(coordinator, DEMO.coordinator, '/gaps/new');
  await coordinator
    .getByRole('combobox', { name: /^Pays fournisseur de contingents/ })
    .fill('Bangla');
  await coordinator.getByRole('option', { name: /Bangladesh \(BGD\)/ }).click();
  await coordinator.getByRole('textbox', { name: /^Titre/ }).fill(GAP_TITLE);
  await coordinator.getByRole('combobox', { name: /^Catégorie/ }).click();
  await coordinator.getByRole('option', { name: 'Médical' }).click();
  await coordinator.getByRole('textbox', { name: /^Capacité/ }).fill(CAPABILITY);
  await coordinator.getByRole('textbox', { name: /^Quantité/ }).fill('12');
  await coordinator.getByRole('combobox', { name: /^Langues/ }).click({ force: true });
  await coordinator.getByRole('option', { name: 'français' }).click();
  await coordinator.keyboard.press('Escape');
  await pickDate(coordinator, /^Nécessaire à partir du/, 1, 4);
  await pickDate(coordinator, /^Au plus tard le/, 3, 10);
  await coordinator.getByRole('textbox', { name: /^Indicateur/ }).fill('% d’équipes certifiées');
  await coordinator.getByRole('textbox', { name: /^Valeur de référence/ }).fill('10');
  await coordinator.getByRole('textbox', { name: /^Valeur cible/ }).fill('80');
  await coordinator.getByRole('button', { name: 'Enregistrer la lacune' }).click();
  await expect(coordinator.getByRole('heading', { name: GAP_TITLE, level: 1 })).toBeVisible();
  await expect(coordinator.getByText('Ouverte', { exact: true })).toBeVisible();

  // 2. The donor posts a matching offer; a budget without a cost per unit is refused at its field.
  await signIn(donor, DEMO.donor, '/offers');
  await donor.getByRole('link', { name: 'Post an offer' }).click();
  await expect(donor.getByRole('heading', { name: 'Post an offer of support' })).toBeVisible();
  await donor.getByRole('textbox', { name: /^Title/ }).fill(OFFER_TITLE);
  await donor.getByRole('combobox', { name: /^Category/ }).click();
  await donor.getByRole('option', { name: 'Medical' }).click();
  await donor.getByRole('combobox', { name: /^Capabilities/ }).fill(CAPABILITY.toLowerCase());
  await donor.keyboard.press('Enter');
  await donor.getByRole('textbox', { name: /^Capacity/ }).fill('12');
  await donor.getByRole('textbox', { name: /^Budget/ }).fill('6000');
  await donor.getByRole('combobox', { name: /^Eligible recipients/ }).fill('bgd');
  await donor.keyboard.press('Enter');
  await donor.getByRole('combobox', { name: /^Excluded/ }).fill('AFG');
  await donor.keyboard.press('Enter');
  await pickDate(donor, /^Available from/, 1, 0);
  await pickDate(donor, /^Available until/, 6, 20);
  await donor.getByRole('combobox', { name: /^Delivery languages/ }).click({ force: true });
  await donor.getByRole('option', { name: 'French' }).click();
  await donor.getByRole('option', { name: 'English' }).click();
  await donor.keyboard.press('Escape');
  await donor.getByRole('combobox', { name: /^Delivery modes/ }).click({ force: true });
  await donor.getByRole('option', { name: 'Mobile team' }).click();
  await donor.keyboard.press('Escape');
  await donor.getByRole('button', { name: 'Post the offer' }).click();
  await expect(donor.getByRole('alert')).toContainText('Not saved');
  await expect(donor.getByText(/Refused by the server: .*cost per unit/)).toBeVisible();
  await screenshot(donor, 'offer-form-refused-en');
  // Nothing was lost: every value is still there.
  await expect(donor.getByRole('textbox', { name: /^Title/ })).toHaveValue(OFFER_TITLE);
  await expect(donor.getByText(CAPABILITY, { exact: true })).toBeVisible();
  await expect(donor.getByText('BGD', { exact: true })).toBeVisible();
  await donor.getByRole('textbox', { name: /^Cost per unit/ }).fill('500');
  await donor.getByRole('button', { name: 'Post the offer' }).click();
  await expect(donor.getByRole('heading', { name: OFFER_TITLE, level: 1 })).toBeVisible();
  await expect(donor.getByText('Open', { exact: true })).toBeVisible();
  await screenshot(donor, 'offer-en');
  await expectAccessible(donor);

  // 3. The automatic run proposes it: the donor's proposals page shows it without a reload.
  await donor.getByRole('link', { name: 'Proposals' }).click();
  const donorCard = donor.getByTestId('proposal').filter({ hasText: GAP_TITLE });
  await expect(donorCard).toBeVisible({ timeout: 60_000 });
  await expect(donorCard).toContainText(OFFER_TITLE);

  // 4. The T/PCC officer accepts first, in French, in another browser.
  await signIn(tpcc, DEMO.tpcc, '/proposals');
  const tpccCard = tpcc.getByTestId('proposal').filter({ hasText: GAP_TITLE });
  await expect(tpccCard).toBeVisible();
  await screenshot(tpcc, 'proposal-tpcc-fr');
  await tpccCard.getByRole('button', { name: 'Accepter' }).click();
  await expect(tpccCard.getByTestId('proposal-status')).toHaveText('Acceptée par une partie');
  // The donor sees the T/PCC's answer arrive.
  await expect(donorCard).toContainText("T/PCC's answer: accepted", { timeout: 15_000 });
  await screenshot(donor, 'proposal-donor-en');
  await readmeScreenshot(donorCard, 'proposal');

  // 5. The donor accepts: the partnership appears for both, live.
  await donorCard.getByRole('button', { name: 'Accept' }).click();
  const donorAnswered = donor
    .getByRole('region', { name: 'Answered on this visit' })
    .getByTestId('proposal')
    .filter({ hasText: GAP_TITLE });
  await expect(donorAnswered.getByTestId('partnership')).toHaveText('Partnership: In progress', {
    timeout: 15_000,
  });
  const tpccAnswered = tpcc
    .getByRole('region', { name: 'Traitées au cours de cette visite' })
    .getByTestId('proposal')
    .filter({ hasText: GAP_TITLE });
  await expect(tpccAnswered.getByTestId('partnership')).toHaveText('Partenariat : En cours', {
    timeout: 15_000,
  });
  await screenshot(tpcc, 'proposal-confirmed-fr');

  // 6. Both find it among their partnerships; the T/PCC records the follow-up, the donor sees it.
  await tpccAnswered.getByTestId('partnership').click();
  await expect(tpcc.getByRole('heading', { name: GAP_TITLE, level: 1 })).toBeVisible();
  await tpcc.getByRole('textbox', { name: /^Jalon/ }).fill('Premier stage à Bangui');
  await pickDate(tpcc, /^Échéance/, 2, 3);
  await tpcc.getByRole('button', { name: 'Ajouter le jalon' }).click();
  await expect(tpcc.getByTestId('milestone')).toContainText('Premier stage à Bangui');
  await tpcc.getByRole('textbox', { name: /^Livré maintenant/ }).fill('20');
  await tpcc.getByRole('button', { name: 'Enregistrer la livraison' }).click();
  // More than committed: refused, shown at the field, the value kept.
  await expect(tpcc.getByText(/Refusé par le serveur/)).toBeVisible();
  await expect(tpcc.getByRole('textbox', { name: /^Livré maintenant/ })).toHaveValue('20');
  await tpcc.getByRole('textbox', { name: /^Livré maintenant/ }).fill('12');
  await tpcc.getByRole('button', { name: 'Enregistrer la livraison' }).click();
  await expect(tpcc.getByTestId('delivered')).toHaveText('Livré : 12 sur 12 stagiaires');
  await expect(tpcc.getByText('Achevé', { exact: true })).toBeVisible();
  await tpcc.getByRole('textbox', { name: /^Valeur constatée$/ }).fill('65');
  await tpcc.getByRole('button', { name: 'Enregistrer la mesure' }).click();
  await expect(tpcc.getByTestId('indicator-after')).toHaveText('65');
  await screenshot(tpcc, 'partnership-fr');
  await expectAccessible(tpcc);

  await donor.getByRole('link', { name: 'Partnerships' }).click();
  const row = donor.getByTestId('partnership-row').filter({ hasText: GAP_TITLE });
  await expect(row).toContainText('12 of 12 delivered');
  await screenshot(donor, 'partnerships-en');
  await expectAccessible(donor);
  await row.getByRole('link', { name: GAP_TITLE }).click();
  await expect(donor.getByTestId('milestone')).toContainText('Premier stage à Bangui');
  await expect(donor.getByTestId('indicator-after')).toHaveText('65');
  await screenshot(donor, 'partnership-en');

  // The coordinator sees the automatic run that proposed it.
  await coordinator.getByRole('link', { name: 'Cycles de mise en relation' }).click();
  await expect(coordinator.getByTestId('run-row').first()).toContainText('Terminé');
});
