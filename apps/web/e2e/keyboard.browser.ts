import { expect, type Locator, type Page, test } from '@playwright/test';

import { watchApi } from './catalogue-text';
import { DEMO, DEMO_PASSWORD, expectAccessible, screenshot } from './fixtures';

/**
 * The main flows with the keyboard alone: no click, no mouse. `tabTo` presses Tab until the
 * target has the focus, so a control out of the tab order fails the test.
 */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let step = 0; step < max; step += 1) {
    const focused = await target
      .evaluate((element) => element === document.activeElement)
      .catch(() => false);
    if (focused) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${String(target)} not reached with Tab`);
}

async function signInByKeyboard(page: Page, email: string): Promise<void> {
  watchApi(page);
  await page.goto('/sign-in');
  await tabTo(page, page.getByLabel(/^Email/));
  await page.keyboard.type(email);
  await tabTo(page, page.getByLabel(/^Password/));
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** Opens a date picker, moves `months` months on and picks the day the calendar focuses. */
async function pickDateByKeyboard(page: Page, label: RegExp, months: number): Promise<void> {
  await tabTo(page, page.getByRole('button', { name: label }));
  await page.keyboard.press('Enter');
  const dropdown = page.getByRole('dialog').filter({ has: page.locator('table') });
  await expect(dropdown).toBeVisible();
  for (let month = 0; month < months; month += 1) {
    await tabTo(page, dropdown.getByRole('button', { name: 'Next month' }));
    await page.keyboard.press('Enter');
  }
  await tabTo(page, dropdown.locator('table button[tabindex="0"]'));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(dropdown).toBeHidden();
}

test.describe('keyboard only', () => {
  test('a T/PCC officer declines a proposal with a reason, and finds it among the closed', async ({
    page,
  }) => {
    await signInByKeyboard(page, DEMO.tpcc);
    await tabTo(page, page.getByRole('link', { name: 'Proposals', exact: true }));
    await page.keyboard.press('Enter');
    const card = page
      .getByTestId('proposal')
      .filter({ has: page.getByRole('button', { name: 'Decline' }) })
      .first();
    const id = (await card.getAttribute('data-proposal-id'))!;
    await tabTo(page, card.getByRole('button', { name: 'Decline' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Decline this proposal?' });
    await expect(dialog.getByRole('textbox', { name: 'Reason' })).toBeFocused();
    await page.keyboard.type('The unit rotates out before the training window');
    await tabTo(page, dialog.getByRole('button', { name: 'Decline' }));
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    const answered = page
      .getByRole('region', { name: 'Answered on this visit' })
      .locator(`[data-proposal-id="${id}"]`);
    await expect(answered.getByTestId('proposal-status')).toHaveText('Declined');
    await tabTo(page, page.getByRole('radio', { name: 'To answer' }));
    await page.keyboard.press('ArrowRight');
    const closed = page.locator(`[data-proposal-id="${id}"]`);
    await expect(closed).toContainText('The unit rotates out before the training window');
    await screenshot(page, 'proposals-closed-en');
    await expectAccessible(page);
  });

  test('a donor posts an offer', async ({ page }) => {
    await signInByKeyboard(page, DEMO.donor);
    await tabTo(page, page.getByRole('link', { name: 'Offers', exact: true }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('link', { name: 'Post an offer' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('textbox', { name: /^Title/ }));
    await page.keyboard.type('Heavy equipment operators, keyboard-posted');
    await tabTo(page, page.getByRole('combobox', { name: /^Category/ }));
    await page.keyboard.type('Engin');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('combobox', { name: /^Category/ })).toHaveValue('Engineering');
    await tabTo(page, page.getByRole('combobox', { name: /^Capabilities/ }));
    await page.keyboard.type('HEAVY_EQUIPMENT_OPERATORS');
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('textbox', { name: /^Capacity/ }));
    await page.keyboard.type('30');
    await pickDateByKeyboard(page, /^Available from/, 1);
    await pickDateByKeyboard(page, /^Available until/, 4);
    await tabTo(page, page.getByRole('combobox', { name: /^Delivery languages/ }));
    await page.keyboard.type('Fren');
    await expect(page.getByRole('option', { name: 'French' })).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await tabTo(page, page.getByRole('button', { name: 'Post the offer' }));
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { name: 'Heavy equipment operators, keyboard-posted', level: 1 }),
    ).toBeVisible();
    await expect(page.getByTestId('offer-facts')).toContainText('HEAVY_EQUIPMENT_OPERATORS');
    await expect(page.getByTestId('offer-facts')).toContainText('French');
  });
});
