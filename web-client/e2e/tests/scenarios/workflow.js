// Items 8 and 9 of issue 14: the period and segment of every analysis in the URL, with deltas against the
// previous period on the KPI tiles; the investment plan opens with its top three moves in sentences, with
// their confidence, and takes the API's constraints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { env } from '../env.js';
import { newPage, signIn, shot } from '../harness.js';

const params = (page) => page.evaluate(() => Object.fromEntries(new URLSearchParams(location.hash.split('?')[1] ?? '')));

test('portfolio: period and segment in the URL, KPI tiles compared with the previous period', async () => {
  const { context, page, problems } = await newPage(env.browser);
  await signIn(page, env.base, 'viewer', 'viewer-demo');
  await page.click('header.top nav a:has-text("Portfolio")');
  await page.waitForSelector('[data-testid=kpis] .tile strong', { timeout: 120_000 });
  const allWon = await page.textContent('[data-kpi=won] strong');
  assert.match(await page.textContent('[data-kpi=won]'), /choose a period to compare/);
  await page.selectOption('[data-testid=period]', '12m');
  await page.waitForFunction(() => /from=\d{4}-\d{2}-\d{2}/.test(location.hash) && /to=\d{4}-\d{2}-\d{2}/.test(location.hash));
  await page.waitForSelector('[data-testid=kpi-delta]', { timeout: 120_000 });
  const deltas = await page.$$eval('[data-testid=kpi-delta]', (els) => els.map((e) => e.textContent.trim()));
  assert.ok(deltas.length >= 5, `deltas on the tiles: ${deltas.join(' | ')}`);
  for (const d of deltas) assert.match(d, /^(?:[+−±][\d.]+(?: pts|%) vs previous period|was .+)$/);
  const yearWon = await page.textContent('[data-kpi=won] strong');
  assert.notEqual(yearWon, allWon, 'the last 12 months differ from all history');
  // A segment too; the URL keeps both, and a reload shows the same.
  await page.check('[data-testid=analytics-filter] [data-filter=regions] label:has-text("EMEA") input');
  await page.waitForFunction(() => location.hash.includes('regions=emea'));
  await page.waitForSelector('[data-testid=kpi-delta]', { timeout: 120_000 });
  const before = await params(page);
  await page.reload();
  await page.waitForSelector('[data-testid=kpi-delta]', { timeout: 120_000 });
  assert.deepEqual(await params(page), before);
  assert.equal(await page.$eval('[data-testid=period]', (s) => s.value), '12m');
  assert.match(await page.textContent('[data-testid=filter-summary]'), /EMEA/);
  await shot(page, '18-portfolio-period-segment');
  // The other analytics views take the same filter from the URL.
  await page.click('header.top nav a:has-text("Value combinations")');
  await page.waitForSelector('[data-testid=analytics-filter]');
  assert.match(page.url(), /#\/combinations$/, 'a view opened from the navigation starts from all history');
  assert.deepEqual(problems, []);
  await context.close();
});

test('portfolio: the investment plan opens with its top three moves in words, with confidence and constraints', async () => {
  const { context, page, problems } = await newPage(env.browser);
  await signIn(page, env.base, 'viewer', 'viewer-demo');
  await page.click('header.top nav a:has-text("Portfolio")');
  await page.waitForSelector('[data-testid=plan-top-moves] li', { timeout: 180_000 });
  const sentences = await page.$$eval('[data-testid=plan-move-sentence]', (els) => els.map((e) => e.textContent.trim()));
  assert.ok(sentences.length >= 1 && sentences.length <= 3, `up to three moves: ${sentences.length}`);
  const others = '(?: and \\d+ other partners?)?';
  const perDollar = '[$][\\d,.]+ back per [$]1';
  const shape = new RegExp(
    `^Move [$][\\d.]+[KMB]? from [^(]+ \\((?:${perDollar}|no partner-driven revenue in the history window)\\)${others} to [^(]+ \\((IPP \\d+, )?${perDollar}\\)${others}: [+-][$][\\d.]+[KMB]? expected a year\\.$`,
  );
  for (const s of sentences) assert.match(s, shape);
  const confidence = await page.$$eval('[data-testid=plan-top-moves] .confidence', (els) => els.map((e) => e.textContent.trim()));
  for (const c of confidence) assert.match(c, /^(high|medium|low) confidence$/);
  assert.equal(await page.isVisible('[data-testid=plan-moves]'), false, 'the full list waits behind "All moves"');
  await page.locator('[data-testid=investment-plan]').scrollIntoViewIfNeeded();
  await shot(page, '19-portfolio-plan-top-moves');
  // A constraint the API would refuse is caught at the box; a valid one runs the plan with it.
  const box = page.locator('[data-testid=plan-constraints] input[name=keepCurrent]');
  await box.fill('150');
  await page.click('[data-testid=investment-plan] button[type=submit]');
  await page.waitForSelector('[data-testid=plan-constraints] .error-text');
  await box.fill('80');
  await page.fill('[data-testid=plan-constraints] input[name=maxPartnersChanged]', '5');
  await page.click('[data-testid=investment-plan] button[type=submit]');
  await page.waitForFunction(
    () => {
      const s = document.querySelector('[data-testid=investment-plan] details.plan-detail summary');
      return s && /\b([0-5]) partners? change/.test(s.textContent);
    },
    null,
    { timeout: 180_000 },
  );
  const assumptions = await page.textContent('[data-testid=plan-assumptions]');
  assert.match(assumptions, /80|0\.8/, `the constraint is among the assumptions: ${assumptions}`);
  assert.deepEqual(problems, []);
  await context.close();
});
