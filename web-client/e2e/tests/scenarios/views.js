// Defect 1 of issue 14: a view that is left must never draw over the next one. Each ordered pair of
// views: open A with its GraphQL answers held back (Playwright holds the route), go to B, then let A's
// answers through and check that the screen is B's alone. Deterministic: A's answers arrive only after
// B is on screen, whatever the machine's speed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { env } from '../env.js';
import { newPage, signIn, shot } from '../harness.js';

export const VIEWS = [
  { view: 'explorer', nav: 'Explorer', hash: '#/explorer?ids=Partner%3AP0001&sel=Partner%3AP0001', section: 'explorer' },
  { view: 'portfolio', nav: 'Portfolio', hash: '#/portfolio', section: 'portfolio' },
  { view: 'combinations', nav: 'Value combinations', hash: '#/combinations', section: 'combinations' },
  { view: 'referrals', nav: 'Referral network', hash: '#/referrals', section: 'referrals' },
  { view: 'recruiting', nav: 'Recruiting', hash: '#/recruiting', section: 'recruiting' },
  { view: 'model', nav: 'Model', hash: '#/model', section: 'model' },
];

/** Two frames after a macrotask: whatever an answer that just arrived would draw has been drawn. */
export function settle(page) {
  return page.evaluate(() => new Promise((r) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => r())), 0)));
}

async function expectOnly(page, b) {
  const shown = await page.$$eval('#view > section', (ss) => ss.map((s) => s.className));
  assert.equal(shown.length, 1, `one view on screen, not ${shown.join(' + ')}`);
  assert.ok(shown[0].split(' ').includes(b.section), `${b.nav} on screen, not ${shown[0]}`);
  assert.equal((await page.textContent('header.top nav a.active')).trim(), b.nav);
  if (b.view === 'explorer') assert.ok(await page.$('.explorer .search input'), 'the explorer search box is there');
}

test('switching views mid-load, in every order: the view left never draws over the next one', async (t) => {
  const { context, page, problems } = await newPage(env.browser);
  await signIn(page, env.base, 'admin', 'admin-demo');
  // Real answers of the service, fetched once per request body and delivered late.
  const answers = new Map();
  let holding = false;
  let held = [];
  let phase = 'A';
  let heldNotify = () => {};
  await page.route('**/graphql', async (route) => {
    const request = route.request();
    // The display names are the app's, asked once per session before the first view mounts (a reload can ask
    // again when the sign-in's answer had not arrived yet): not A's answer, so never held.
    if (!holding || request.postDataJSON?.()?.operationName === 'Vocabularies') return route.continue();
    const key = request.postData() ?? '';
    if (!answers.has(key))
      answers.set(
        key,
        route.fetch({ timeout: 180_000 }).then(async (r) => ({ status: r.status(), headers: r.headers(), body: await r.body() })),
      );
    const done = new Promise((res) => {
      const finished = (r) => {
        if (r === request) {
          page.off('requestfinished', finished);
          page.off('requestfailed', finished);
          res();
        }
      };
      page.on('requestfinished', finished);
      page.on('requestfailed', finished);
    });
    held.push({ route, key, done, phase });
    heldNotify();
  });

  for (const a of VIEWS) {
    for (const b of VIEWS) {
      if (a === b) continue;
      await t.test(`${a.nav} -> ${b.nav}`, async () => {
        // A fresh page load on A (the session stays), so that A mounts afresh whatever the pair before left.
        held = [];
        holding = true;
        phase = 'A';
        const first = new Promise((res) => {
          heldNotify = res;
        });
        // (a query string of its own: a URL that differs from the current one only in the hash would not reload)
        await page.goto(`${env.base}/?pair=${a.view}-${b.view}${a.hash}`);
        await page.waitForSelector(`#view section.${a.section}`);
        await first; // A asked the service for something, and the answer is held back
        // B's answers are held too: B draws only what it draws at once, so nothing of B's hides A's late drawing.
        phase = 'B';
        await page.click(`header.top nav a:has-text("${b.nav}")`);
        await page.waitForSelector(`#view section.${b.section}`);
        const release = async (which) => {
          const list = held.filter((h) => h.phase === which);
          for (const h of list) await h.route.fulfill(await answers.get(h.key)).catch(() => undefined);
          await Promise.all(list.map((h) => h.done));
          await settle(page);
        };
        // Now A's answers arrive, late; a request the client aborted cannot be answered any more (that is the point).
        await release('A');
        await expectOnly(page, b);
        // B's own answers still draw B.
        holding = false;
        await release('B');
        await expectOnly(page, b);
      });
    }
  }
  await shot(page, '13-switched-mid-load');
  // The held requests were aborted by the client; the browser logs nothing else.
  assert.deepEqual(
    problems.filter((p) => !/ERR_ABORTED|aborted/i.test(p)),
    [],
  );
  await context.close();
});
