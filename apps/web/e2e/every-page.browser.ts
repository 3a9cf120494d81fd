import { expect, test } from '@playwright/test';

import { asUser, DEMO, expectAccessible, screenshot, signIn, useLanguage } from './fixtures';

interface Ids {
  gap: string;
  offer: string;
  partnership: string;
  run: string;
  pledge: string;
  ministerial: string;
}

/** One of each kind of row, for the pages that show one (a partnership made if none yet). */
async function ids(baseURL: string): Promise<Ids> {
  const read = () =>
    asUser<{
      gaps: { edges: { node: { id: string } }[] };
      offers: { edges: { node: { id: string } }[] };
      partnerships: { edges: { node: { id: string } }[] };
      matchRuns: { edges: { node: { id: string } }[] };
      proposals: { edges: { node: { id: string } }[] };
      pledges: { edges: { node: { id: string; ministerialId: string } }[] };
    }>(
      baseURL,
      DEMO.coordinator,
      `{
        gaps(first: 1, filter: { status: [OPEN] }) { edges { node { id } } }
        offers(first: 1) { edges { node { id } } }
        partnerships(first: 1) { edges { node { id } } }
        matchRuns(first: 1, status: [SUCCEEDED]) { edges { node { id } } }
        proposals(first: 1, filter: { status: [PROPOSED] }) { edges { node { id } } }
        pledges(first: 1) { edges { node { id ministerialId } } }
      }`,
    );
  let data = await read();
  if (!data.partnerships.edges.length) {
    const id = data.proposals.edges[0].node.id;
    for (const side of ['TPCC', 'DONOR']) {
      await asUser(
        baseURL,
        DEMO.coordinator,
        `mutation($input: AcceptProposalInput!) { acceptProposal(input: $input) { id } }`,
        { input: { id, side } },
      );
    }
    data = await read();
  }
  return {
    gap: data.gaps.edges[0].node.id,
    offer: data.offers.edges[0].node.id,
    partnership: data.partnerships.edges[0].node.id,
    run: data.matchRuns.edges[0].node.id,
    pledge: data.pledges.edges[0].node.id,
    ministerial: data.pledges.edges[0].node.ministerialId,
  };
}

/** Every page of the app, with what shows it has loaded. */
function pages({ gap, offer, partnership, run, pledge, ministerial }: Ids) {
  return [
    ['home', '/', 'to-answer-count'],
    ['gap-register', '/gaps', 'gap-register-count'],
    ['gap', `/gaps/${gap}`, 'gap-facts'],
    ['gap-new', '/gaps/new', 'form'],
    ['gap-edit', `/gaps/${gap}/edit`, 'form'],
    ['offers', '/offers', 'offer-register-count'],
    ['offer', `/offers/${offer}`, 'offer-facts'],
    ['offer-new', '/offers/new', 'form'],
    ['offer-edit', `/offers/${offer}/edit`, 'form'],
    ['proposals', '/proposals', 'proposal'],
    ['partnerships', '/partnerships', 'partnership-row'],
    ['partnership', `/partnerships/${partnership}`, 'delivered'],
    ['runs', '/runs', 'run-row'],
    ['run', `/runs/${run}`, 'run-proposals'],
    ['what-if', '/what-if', 'form'],
    ['import', '/import', 'import-form'],
    ['dashboard', '/dashboard', 'world-map'],
    ['notifications', '/notifications', 'notification-preferences'],
    ['pledges', '/pledges', 'pledge-register-count'],
    ['pledge', `/pledges/${pledge}`, 'pledge-facts'],
    ['pledge-new', '/pledges/new', 'form'],
    ['ministerials', '/ministerials', 'ministerial-row'],
    ['ministerial', `/ministerials/${ministerial}`, 'ministerial-facts'],
    ['public-pledges', '/public/pledges', 'public-ministerial'],
    ['not-found', '/no-such-page', 'not-found'],
  ] as const;
}

for (const language of ['en', 'fr'] as const) {
  test(`every page in ${language === 'en' ? 'English' : 'French'}: accessible, every string from the catalogue`, async ({
    page,
    baseURL,
  }) => {
    // 25 pages, each checked by axe and the catalogue, on a shared 2-CPU machine: about 1.5 min
    // alone, over 3 when other work loads it (a run at load 12 went past 4).
    test.setTimeout(360_000);
    const rows = await ids(baseURL!);
    await useLanguage(page, language);
    await signIn(page, DEMO.coordinator);
    for (const [name, path, loaded] of pages(rows)) {
      await test.step(name, async () => {
        await page.goto(path);
        if (loaded === 'form') await expect(page.locator('form')).toBeVisible();
        else await expect(page.getByTestId(loaded).first()).toBeVisible();
        await page.waitForLoadState('networkidle');
        await expectAccessible(page);
        await screenshot(page, `all-${name}-${language}`);
      });
    }
  });
}
