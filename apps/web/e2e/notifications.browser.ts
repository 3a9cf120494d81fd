import { expect, test } from '@playwright/test';

import {
  asUser,
  createGapAs,
  DEMO,
  expectAccessible,
  screenshot,
  signIn,
  useLanguage,
} from './fixtures';

/**
 * The inbox (issue 20 point 2 in the web app): the bell's unread count rises live when something
 * concerns the user (here a mention, pushed by `notificationAdded`), the inbox lists it in the
 * user's language, opening it marks it read, and e-mail preferences are kept by the API.
 */

const UNREAD = `{ notifications(first: 1) { unreadCount } }`;

test('a mention lights the T/PCC officer’s bell live; the inbox in French opens it and marks it read', async ({
  page,
  baseURL,
}) => {
  const gapId = await createGapAs(baseURL!, DEMO.coordinator, {
    memberState: 'BGD',
    category: 'LOGISTICS',
    capability: 'WATER_PURIFICATION',
    title: `Water purification team ${Date.now().toString(36)}`,
    quantity: 6,
    unit: 'TRAINEES',
    priority: 'MEDIUM',
    languages: ['fr'],
    neededFrom: '2027-04-01',
    neededBy: '2027-08-31',
    open: true,
  });
  const unread = async () =>
    (await asUser<{ notifications: { unreadCount: number } }>(baseURL!, DEMO.tpcc, UNREAD))
      .notifications.unreadCount;
  const before = await unread();

  await useLanguage(page, 'fr');
  await signIn(page, DEMO.tpcc, '/');
  const bell = page.getByTestId('notification-bell');
  await expect(bell).toHaveAttribute('data-unread', String(before));

  // The coordinator mentions the officer; the open page's bell follows without a reload.
  await asUser(
    baseURL!,
    DEMO.coordinator,
    `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`,
    { input: { gapId, body: 'Can your unit host it?', mentions: [DEMO.tpcc] } },
  );
  await expect(bell).toHaveAttribute('data-unread', String(before + 1));
  expect(await unread()).toBe(before + 1);

  await bell.getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Notifications', level: 1 })).toBeVisible();
  const mention = page
    .getByTestId('notification')
    .filter({ has: page.locator(`a[href="/gaps/${gapId}"]`) });
  await expect(mention).toHaveAttribute('data-kind', 'COMMENT_MENTION');
  await expect(mention).toHaveAttribute('data-read', 'false');
  await expect(mention).toContainText('Vous avez été mentionné dans un commentaire');
  await screenshot(page, 'notifications-fr');
  await expectAccessible(page);

  await mention.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/gaps/${gapId}$`));
  await expect.poll(unread).toBe(before);
  await expect(bell).toHaveAttribute('data-unread', String(before));
});

test('e-mail preferences: a kind turned off is kept by the API', async ({ page, baseURL }) => {
  await signIn(page, DEMO.donor, '/notifications');
  const select = page
    .getByRole('textbox', { name: 'E-mail for: New proposal' })
    .or(page.getByRole('combobox', { name: 'E-mail for: New proposal' }))
    .first();
  await select.click();
  await page.getByRole('option', { name: 'No e-mail' }).click();
  await expect(page.getByText('Preference saved')).toBeVisible();
  const { notificationPreferences } = await asUser<{
    notificationPreferences: { kind: string; delivery: string }[];
  }>(baseURL!, DEMO.donor, `{ notificationPreferences { kind delivery } }`);
  expect(notificationPreferences).toContainEqual({ kind: 'PROPOSAL_NEW', delivery: 'OFF' });
  await screenshot(page, 'notifications-en');
  await expectAccessible(page);
});
