// Defect 4 of issue 14: a slow first answer is not "the service is not reachable". Each kind of failure
// says what happened: timed out (retried by itself, with a Retry button), unreachable, server error.
// The failures are injected at the browser's edge (Playwright's route) for one operation; everything
// else, and the recovery, is the real service.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { env } from '../env.js';
import { newPage, signIn, shot } from '../harness.js';

/** Fails the first `times` requests of the operation as `fail` says, then lets them through. */
async function failFirst(page, operation, times, fail) {
  let failed = 0;
  await page.route('**/graphql', async (route) => {
    const body = route.request().postDataJSON?.() ?? {};
    if (body.operationName === operation && failed < times) {
      failed++;
      return fail(route);
    }
    return route.continue();
  });
  return () => failed;
}

// What Spring answers when a request runs past its timeout: 503 with its error JSON, no GraphQL body.
const TIMED_OUT = (route) =>
  route.fulfill({
    status: 503,
    contentType: 'application/json',
    body: JSON.stringify({ status: 503, error: 'Service Unavailable', path: '/graphql' }),
  });

test('errors: a timed-out answer says so, offers Retry, and is retried by itself until it loads', async () => {
  const { context, page, problems } = await newPage(env.browser);
  await signIn(page, env.base, 'viewer', 'viewer-demo');
  const failed = await failFirst(page, 'ModelCard', 2, TIMED_OUT);
  await page.click('header.top nav a:has-text("Model")');
  await page.waitForSelector('.model .error[data-kind=timeout]');
  const text = await page.textContent('.model .error');
  assert.match(text, /took too long/);
  assert.match(text, /is up but did not answer in time/);
  assert.doesNotMatch(text, /not reachable|cannot be reached/);
  assert.match(await page.textContent('[data-testid=auto-retry]'), /Trying again by itself in 2 s/);
  assert.ok(await page.$('.model .error [data-testid=retry]'), 'a Retry button');
  await shot(page, '16-error-timeout');
  // 2 s later the second try times out too, 4 s after that the third loads the card.
  await page.waitForSelector('[data-testid=auto-retry]:has-text("in 4 s")', { timeout: 20_000 });
  await page.waitForSelector('[data-testid=chart-lift][data-points]', { timeout: 60_000 });
  assert.equal(failed(), 2);
  assert.deepEqual(
    problems.filter((p) => !/status of 503/.test(p)),
    [],
  );
  await context.close();
});

test('errors: no answer at all is "cannot be reached"; a server error quotes its id; Retry runs again', async () => {
  const { context, page, problems } = await newPage(env.browser);
  await signIn(page, env.base, 'viewer', 'viewer-demo');
  await failFirst(page, 'Combinations', 1, (route) => route.abort('connectionrefused'));
  await page.click('header.top nav a:has-text("Value combinations")');
  await page.waitForSelector('.combinations .error[data-kind=unreachable]');
  assert.match(await page.textContent('.combinations .error'), /cannot be reached/);
  await page.waitForSelector('[data-testid=chart-heatmap][data-points]', { timeout: 60_000 }); // retried by itself
  await page.unroute('**/graphql');

  const quote = 'Internal error; quote id 0b7e-test to the operators';
  await failFirst(page, 'ReferralNetworkRanking', 1, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        data: null,
        errors: [{ message: quote, extensions: { classification: 'INTERNAL_ERROR', errorId: '0b7e-test' } }],
      }),
    }),
  );
  await page.click('header.top nav a:has-text("Referral network")');
  await page.waitForSelector('.referrals .error[data-kind=server]');
  const text = await page.textContent('.referrals .error[data-kind=server]');
  assert.match(text, /The service reported an error/);
  assert.match(text, /quote id 0b7e-test/);
  assert.doesNotMatch(text, /not reachable|cannot be reached/);
  assert.equal(
    await page.$('.referrals .error[data-kind=server] [data-testid=auto-retry]'),
    null,
    'a server error is not retried by itself',
  );
  await shot(page, '17-error-server');
  await page.click('.referrals .error[data-kind=server] [data-testid=retry]');
  await page.waitForSelector('[data-testid=referrals] tbody tr', { timeout: 90_000 });
  assert.deepEqual(
    problems.filter((p) => !/ERR_CONNECTION_REFUSED|Failed to load resource/.test(p)),
    [],
  );
  await context.close();
});
