// Item 7 of issue 14: a figure opens the deals behind it (dealEvidence), paged and sortable, exported as
// CSV, shown in the explorer; the exported amounts add up to the figure as the chart draws it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { env } from '../env.js';
import { axe, newPage, signIn, shot } from '../harness.js';

/** The amounts column of an exported evidence CSV (quoted fields are only names and partners, never amounts). */
function csvAmounts(text) {
  const lines = text.trim().split(/\r\n/);
  const header = lines[0].split(',');
  const at = header.indexOf('amount');
  return lines.slice(1).map((l) => {
    // split on commas outside quotes
    const cells = l.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, ''));
    return Number(cells[at]);
  });
}

test('evidence: a won figure opens its deals; the list adds up to the figure; CSV and explorer', async () => {
  const { context, page, problems } = await newPage(env.browser);
  await signIn(page, env.base, 'viewer', 'viewer-demo');
  await page.click('header.top nav a:has-text("Portfolio")');
  await page.waitForSelector('[data-evidence=WON-PARTNER_SOURCED]', { timeout: 120_000 });
  await page.waitForSelector('[data-testid=chart-attribution][data-points]');
  // The figure as the chart draws it: the won bar of partner-sourced deals.
  const figure = await page.evaluate(() => {
    const option = window.__charts.get('ch-attribution').getOption();
    const i = option.xAxis[0].data.indexOf('Partner-sourced');
    return option.series[1].data[i];
  });
  await page.click('[data-evidence=WON-PARTNER_SOURCED]');
  await page.waitForSelector('[data-testid=evidence-deals] tbody tr', { timeout: 60_000 });
  const total = Number(await page.getAttribute('[data-testid=evidence-totals]', 'data-total'));
  assert.ok(Math.abs(total - figure) < 0.01, `the list's total ${total} is the figure ${figure}`);
  // Largest first, then smallest first after a click on the column.
  const amounts = () =>
    page.$$eval('[data-testid=evidence-deals] tbody td[data-amount]', (tds) => tds.map((td) => Number(td.dataset.amount)));
  const first = await amounts();
  for (let i = 1; i < first.length; i++) assert.ok(first[i - 1] >= first[i], 'by amount, largest first');
  await shot(page, '22-evidence-partner-sourced');
  await page.click('[data-testid=evidence] button[data-sort=AMOUNT]');
  await page.waitForFunction((top) => {
    const td = document.querySelector('[data-testid=evidence-deals] tbody td[data-amount]');
    return td && Number(td.dataset.amount) < top;
  }, first[0]);
  // The next page continues the list.
  const ids = await page.$$eval('[data-testid=evidence-deals] tbody tr', (trs) => trs.map((t) => t.dataset.id));
  await page.click('[data-testid=evidence] button:has-text("Next")');
  await page.waitForFunction((seen) => {
    const tr = document.querySelector('[data-testid=evidence-deals] tbody tr');
    return tr && !seen.includes(tr.dataset.id);
  }, ids);
  // The CSV holds every deal of the figure, and its amounts add up to it.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=evidence-csv]')]);
  const listed = csvAmounts(readFileSync(await download.path(), 'utf8'));
  assert.equal(listed.length, Number(await page.getAttribute('[data-testid=evidence-totals]', 'data-count')));
  const sum = listed.reduce((a, b) => a + b, 0);
  assert.ok(Math.abs(sum - figure) < 0.01, `the exported deals add up to ${sum}, the figure is ${figure}`);
  console.log(`# evidence: partner-sourced won ${figure.toFixed(2)} = ${listed.length} exported deals adding up to ${sum.toFixed(2)}`);
  // Show them in the explorer.
  await page.click('[data-testid=evidence-explorer]');
  await page.waitForFunction(() => location.hash.startsWith('#/explorer') && (window.__explorer?.metrics?.nodes ?? 0) > 1, null, {
    timeout: 60_000,
  });
  const opened = new URLSearchParams((await page.evaluate(() => location.hash)).split('?')[1]).get('ids').split(',');
  assert.ok(opened.length > 0 && opened.every((id) => id.startsWith('Deal:')), `deals on the canvas: ${opened.slice(0, 3)}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('evidence: a value combination opens its joint deals', async () => {
  const { context, page, problems } = await newPage(env.browser);
  await signIn(page, env.base, 'viewer', 'viewer-demo');
  await page.click('header.top nav a:has-text("Value combinations")');
  await page.waitForSelector('[data-testid=combinations] tbody tr [data-evidence=joint]', { timeout: 120_000 });
  const support = Number(await page.textContent('[data-testid=combinations] tbody tr:first-child [data-evidence=joint]'));
  await page.click('[data-testid=combinations] tbody tr:first-child [data-evidence=joint]');
  await page.waitForSelector('[data-testid=evidence-deals] tbody tr', { timeout: 60_000 });
  assert.equal(
    Number(await page.getAttribute('[data-testid=evidence-totals]', 'data-count')),
    support,
    'as many joint deals as the table says',
  );
  const partners = await page.$$eval('[data-testid=evidence-deals] tbody tr td:last-child', (tds) => tds.map((t) => t.textContent));
  const names = (await page.textContent('#evidence-title')).replace('Joint deals of ', '').split(' + ');
  for (const p of partners) for (const n of names) assert.ok(p.includes(n), `${n} is on every joint deal: ${p}`);
  await shot(page, '23-evidence-joint-deals');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('dialog.evidence[open]'));
  assert.deepEqual(problems, []);
  await context.close();
});

/** The sum of one column of an exported evidence CSV. */
function csvColumn(text, name) {
  const lines = text.trim().split(/\r\n/);
  const at = lines[0].split(',').indexOf(name);
  return lines.slice(1).map((l) => Number(l.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, ''))[at]));
}

/** Opens the figure's evidence and returns its figure and the dialog's total (what the rows add up to). */
async function openFigure(page, selector) {
  await page.waitForSelector(selector, { timeout: 180_000 });
  const figure = Number(await page.getAttribute(selector, 'data-figure'));
  await page.click(selector);
  await page.waitForSelector('dialog.evidence[open] [data-testid=evidence-totals]', { timeout: 120_000 });
  const total = Number(await page.getAttribute('[data-testid=evidence-totals]', 'data-total'));
  return { figure, total, count: Number(await page.getAttribute('[data-testid=evidence-totals]', 'data-count')) };
}

async function closeDialog(page) {
  await page.click('dialog.evidence[open] button:has-text("Close")');
  await page.waitForFunction(
    () => !document.querySelector('dialog.evidence[open]') && !new URLSearchParams(location.hash.split('?')[1] ?? '').get('ev'),
  );
}

test('evidence: ROPI rows, tier mismatches, dilution, economics, conflicts and plan moves open rows that add up to them; the dialog is in the URL', async () => {
  const { context, page, problems } = await newPage(env.browser);
  await signIn(page, env.base, 'viewer', 'viewer-demo');
  await page.goto(`${env.base}/?ev=1#/portfolio`);
  // A ROPI bar's revenue: every partner of the tier, a deal once for each partner credited with it.
  const gold = await openFigure(page, '[data-evidence=ropi-tier-gold]');
  assert.ok(gold.figure > 0);
  assert.ok(
    Math.abs(gold.total - gold.figure) < 0.01,
    `gold partners' credited deals add up to ${gold.total}, the figure is ${gold.figure}`,
  );
  assert.equal(await page.getAttribute('dialog.evidence', 'data-measure'), 'PARTNER_REVENUE');
  assert.match(await page.textContent('dialog.evidence[open] thead'), /Partner.*Counts/s);
  await shot(page, '25-evidence-ropi-gold');
  // The CSV's values add up to it too.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=evidence-csv]')]);
  const values = csvColumn(readFileSync(await download.path(), 'utf8'), 'value');
  assert.equal(values.length, gold.count);
  assert.ok(Math.abs(values.reduce((a, b) => a + b, 0) - gold.figure) < 0.01);
  // In the URL: a reload opens the same evidence; Back closes it.
  // The view's parameters are in the hash (the test's own ?ev=1 before it is only a fresh document).
  assert.match(new URL(page.url()).hash, /[?&]ev=/);
  await page.reload();
  await page.waitForSelector('dialog.evidence[open] [data-testid=evidence-totals]', { timeout: 180_000 });
  assert.equal(Number(await page.getAttribute('[data-testid=evidence-totals]', 'data-total')), gold.total);
  assert.match(await page.textContent('#evidence-title'), /Gold partners/);
  await page.goBack();
  await page.waitForFunction(() => !document.querySelector('dialog.evidence[open]'));
  assert.doesNotMatch(new URL(page.url()).hash, /[?&]ev=/);

  const checks = [
    ['tier mismatch', '[data-evidence^=tier-]'],
    ['dilution', '[data-evidence^=dilution-]'],
    ['economics', '[data-evidence^=earnings-]'],
    ['conflicts', '[data-evidence=conflicts-amount]'],
  ];
  const seen = [];
  for (const [what, selector] of checks) {
    const r = await openFigure(page, selector);
    assert.ok(Math.abs(r.total - r.figure) < 0.01, `${what}: rows add up to ${r.total}, the figure is ${r.figure}`);
    seen.push(`${what} ${r.figure.toFixed(2)} = ${r.count} rows`);
    if (what === 'economics') await shot(page, '26-evidence-earnings');
    await closeDialog(page);
  }
  console.log(`# evidence: ${seen.join('; ')}`);
  // A plan move opens the revenue its expected returns rest on: only the move's partners are credited.
  await page.waitForSelector('[data-testid=plan-top-moves] [data-evidence=plan-move]', { timeout: 180_000 });
  await page.click('[data-testid=plan-top-moves] li:first-child [data-evidence=plan-move]');
  await page.waitForSelector('dialog.evidence[open] [data-testid=evidence-deals] tbody tr', { timeout: 120_000 });
  const sentence = await page.textContent('[data-testid=plan-top-moves] li:first-child [data-testid=plan-move-sentence]');
  const credited = await page.$$eval('dialog.evidence[open] [data-testid=evidence-deals] tbody tr td:nth-child(2)', (tds) => [
    ...new Set(tds.map((t) => t.textContent.trim())),
  ]);
  for (const name of credited) assert.ok(sentence.includes(name) || /other partner/.test(sentence), `${name} is in the move: ${sentence}`);
  await closeDialog(page);
  assert.deepEqual(problems, []);
  await context.close();
});

test('evidence: a referral chain opens the won deals of everyone it reached, credited per hop', async () => {
  const { context, page, problems } = await newPage(env.browser);
  await signIn(page, env.base, 'viewer', 'viewer-demo');
  await page.goto(`${env.base}/?ev=2#/referrals`);
  const credit = await openFigure(page, '[data-testid=referrals] tbody tr:first-child [data-evidence^=credit-]');
  assert.ok(Math.abs(credit.total - credit.figure) < 0.01, `credited ${credit.total} against ${credit.figure}`);
  const revenue = Number(await page.getAttribute('[data-testid=referrals] tbody tr:first-child [data-evidence^=reach-]', 'data-figure'));
  assert.ok(
    Math.abs(Number(await page.getAttribute('[data-testid=evidence-totals]', 'data-amount')) - revenue) < 0.01,
    'the undecayed amounts are the revenue reached',
  );
  assert.match(await page.textContent('dialog.evidence[open] [data-testid=evidence-deals] tbody'), /\d hops?\)/);
  await shot(page, '27-evidence-referral-chain');
  await closeDialog(page);
  assert.deepEqual(problems, []);
  await context.close();
});

test('evidence: the KPI tiles (revenue, shares, registration rate, median days to first deal) and the concentration (total, top 10% and 20%, a point of the Pareto curve) open rows that add up to them', async () => {
  const { context, page, problems } = await newPage(env.browser);
  await signIn(page, env.base, 'viewer', 'viewer-demo');
  await page.goto(`${env.base}/?ev=3#/portfolio`);
  const seen = [];
  // Every tile whose figure is a sum of deals opens them: the won revenue, and the shares' numerators.
  for (const id of ['won', 'sourced', 'driven', 'perPartner']) {
    const r = await openFigure(page, `[data-evidence=kpi-${id}]`);
    assert.ok(r.figure > 0, `${id}: a figure`);
    assert.ok(Math.abs(r.total - r.figure) < 0.01, `${id}: the deals add up to ${r.total}, the figure is ${r.figure}`);
    seen.push(`${id} ${r.figure.toFixed(2)} = ${r.count} deals`);
    if (id === 'driven') await shot(page, '28-evidence-kpi-partner-driven');
    await closeDialog(page);
  }
  // The share shown on the tile is the listed total over the won revenue.
  const won = Number(await page.getAttribute('[data-evidence=kpi-won]', 'data-figure'));
  const driven = Number(await page.getAttribute('[data-evidence=kpi-driven]', 'data-figure'));
  const shown = Number((await page.textContent('[data-evidence=kpi-driven]')).replace('%', ''));
  assert.ok(Math.abs((100 * driven) / won - shown) < 0.1, `partner-driven ${driven} of ${won} is the tile's ${shown}%`);
  for (const id of ['concentration-all', 'concentration-top-10', 'concentration-top-20']) {
    const r = await openFigure(page, `[data-evidence=${id}]`);
    assert.ok(r.figure > 0 && Math.abs(r.total - r.figure) < 0.01, `${id}: the rows add up to ${r.total}, the figure is ${r.figure}`);
    assert.equal(await page.getAttribute('dialog.evidence', 'data-measure'), 'PARTNER_REVENUE');
    seen.push(`${id} ${r.figure.toFixed(2)} = ${r.count} rows`);
    if (id === 'concentration-top-10') await shot(page, '29-evidence-concentration-top-10');
    await closeDialog(page);
  }
  // The registration rate is the share of its rows that are registered (each row is worth 1 or 0).
  const registration = await openFigure(page, '[data-evidence=kpi-registration]');
  assert.equal(await page.getAttribute('dialog.evidence', 'data-measure'), 'PARTNER_REGISTRATION');
  assert.ok(
    registration.count > 0 && Math.abs(registration.total / registration.count - registration.figure) < 1e-6,
    `${registration.total} of ${registration.count} partner deal rows registered is the rate ${registration.figure}`,
  );
  seen.push(`registration ${registration.figure.toFixed(4)} = ${registration.total} of ${registration.count} rows`);
  await closeDialog(page);
  // The median days to first deal is the median of its rows' days, as the panel states it.
  const firstDeal = await openFigure(page, '[data-evidence=kpi-firstDeal]');
  assert.equal(await page.getAttribute('dialog.evidence', 'data-measure'), 'FIRST_DEAL');
  const median = Number(await page.getAttribute('[data-testid=evidence-totals]', 'data-median'));
  assert.ok(
    firstDeal.count >= 3 && Math.abs(median - firstDeal.figure) <= 0.5,
    `the rows' median ${median} is the tile's ${firstDeal.figure} days`,
  );
  // Days are not money: the footer never states the days' sum as an amount.
  assert.doesNotMatch(await page.textContent('[data-testid=evidence-footer]'), /\$/, 'no amount under a list of days');
  seen.push(`first deal: median ${median} days over ${firstDeal.count} partners`);
  await shot(page, '30-evidence-first-deal');
  await closeDialog(page);
  // The top 10% is the curve's point at 10%: a click on it opens the same rows.
  const top10 = Number(await page.getAttribute('[data-evidence=concentration-top-10]', 'data-figure'));
  await page.waitForSelector('[data-testid=chart-pareto][data-points]');
  await page.locator('[data-testid=chart-pareto]').scrollIntoViewIfNeeded();
  const [x, y] = await page.evaluate(() => {
    const chart = window.__charts.get('ch-pareto');
    const at = chart.convertToPixel(
      { seriesIndex: 0 },
      chart.getOption().series[0].data.find((p) => Math.abs(p[0] - 0.1) < 1e-9),
    );
    const box = chart.getDom().getBoundingClientRect();
    return [box.left + at[0], box.top + at[1]];
  });
  await page.mouse.click(x, y);
  await page.waitForSelector('dialog.evidence[open] [data-testid=evidence-totals]', { timeout: 120_000 });
  const fromCurve = Number(await page.getAttribute('[data-testid=evidence-totals]', 'data-total'));
  assert.ok(Math.abs(fromCurve - top10) < 0.01, `the curve's 10% point opens ${fromCurve}, the top 10% hold ${top10}`);
  await closeDialog(page);
  console.log(`# evidence: ${seen.join('; ')}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('evidence: the Active partners tile opens its partners, and each figure of a performance-drivers group opens rows that reproduce it', async () => {
  const { context, page, problems } = await newPage(env.browser);
  await signIn(page, env.base, 'viewer', 'viewer-demo');
  await page.goto(`${env.base}/?ev=4#/portfolio`);
  // The tile counts partners: its list is partners (not deals), as many as the tile shows.
  const active = await openFigure(page, '[data-evidence=kpi-active]');
  assert.equal(await page.getAttribute('dialog.evidence', 'data-measure'), 'ACTIVE_PARTNER');
  const shownOnTile = Number((await page.textContent('[data-evidence=kpi-active]')).replace(/[^0-9]/g, ''));
  assert.ok(active.count > 0 && active.count === shownOnTile, `${active.count} partners listed, the tile shows ${shownOnTile}`);
  assert.equal(active.figure, active.count);
  const listedIds = await page.$$eval('[data-testid=evidence-partners] tbody tr', (trs) => trs.map((t) => t.dataset.id));
  assert.equal(listedIds.length, Math.min(25, active.count), 'a page of partners');
  assert.match(await page.textContent('dialog.evidence[open] [data-testid=evidence-partners] tbody'), /Active/);
  await shot(page, '31-evidence-active-partners');
  // The CSV lists every one of them.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=evidence-csv]')]);
  const csv = readFileSync(await download.path(), 'utf8')
    .trim()
    .split(/\r\n/);
  assert.equal(csv.length - 1, active.count, 'one CSV line per active partner');
  await closeDialog(page);

  // Performance drivers: the certification lever's groups (the default lever), each figure against its rows.
  await page.waitForSelector('[data-testid=drivers-groups] tbody tr', { timeout: 180_000 });
  const groups = await page.$$eval('[data-testid=drivers-groups] tbody tr', (trs) =>
    trs.map((t) => ({ key: t.dataset.group, partners: Number(t.dataset.partners) })),
  );
  const seen = [];
  let checked = 0;
  for (const g of groups) {
    const at = (id) => `[data-testid=drivers-groups] [data-evidence="driver-${id}-${g.key}"]`;
    if (!(await page.$(at('partners')))) continue;
    const partners = await openFigure(page, at('partners'));
    assert.equal(await page.getAttribute('dialog.evidence', 'data-measure'), 'SIGNED_PARTNER');
    assert.equal(partners.count, partners.figure, `${g.key}: the group's partners`);
    await closeDialog(page);
    if (!(await page.$(at('revenue')))) continue;
    const revenue = await openFigure(page, at('revenue'));
    assert.ok(
      Math.abs(revenue.total / g.partners - revenue.figure) < 0.01,
      `${g.key}: ${revenue.total} over ${g.partners} partners is ${revenue.figure}`,
    );
    if (checked === 0) await shot(page, '32-evidence-driver-group-revenue');
    await closeDialog(page);
    const won = await openFigure(page, at('won'));
    assert.ok(Math.abs(won.count / g.partners - won.figure) < 1e-6, `${g.key}: ${won.count} won deals over ${g.partners} partners`);
    await closeDialog(page);
    const closed = await openFigure(page, at('closed'));
    assert.equal(await page.getAttribute('dialog.evidence', 'data-measure'), 'PARTNER_OUTCOME');
    assert.equal(closed.count, closed.figure, `${g.key}: closed deals`);
    await closeDialog(page);
    if (await page.$(at('winRate'))) {
      const rate = await openFigure(page, at('winRate'));
      assert.ok(Math.abs(rate.total / rate.count - rate.figure) < 1e-6, `${g.key}: ${rate.total} won of ${rate.count} is ${rate.figure}`);
      await closeDialog(page);
    }
    if (await page.$(at('coSold'))) {
      const sold = await openFigure(page, at('coSold'));
      assert.ok(Math.abs(sold.count / g.partners - sold.figure) < 1e-6, `${g.key}: ${sold.count} co-sold over ${g.partners} partners`);
      await closeDialog(page);
    }
    seen.push(`${g.key}: ${g.partners} partners, ${money(revenue.total)} over them, ${won.count} won, ${closed.count} closed`);
    checked++;
  }
  assert.ok(checked >= 2, 'both certification groups report their figures');
  console.log(`# evidence: active partners ${active.count}; drivers ${seen.join('; ')}`);
  assert.deepEqual(problems, []);
  await context.close();
});

function money(v) {
  return `$${Math.round(v).toLocaleString('en-US')}`;
}

/** The parts of the open breakdown (views/breakdown.ts): each row's CSV values, keyed by its part. */
async function openBreakdown(page, selector) {
  await page.waitForSelector(selector, { timeout: 180_000 });
  const figure = Number(await page.getAttribute(selector, 'data-figure'));
  await page.click(selector);
  await page.waitForSelector('dialog.breakdown[open] [data-testid=breakdown-rows] tbody tr', { timeout: 60_000 });
  const parts = await page.$$eval('dialog.breakdown[open] [data-testid=breakdown-rows] tbody tr', (trs) =>
    trs.map((t) => ({ key: t.dataset.part, values: JSON.parse(t.dataset.values) })),
  );
  return { figure, parts };
}

async function closeBreakdown(page) {
  await page.click('dialog.breakdown[open] button:has-text("Close")');
  await page.waitForFunction(() => !document.querySelector('dialog.breakdown[open]'));
}

test('evidence: integration-depth groups open the customers using their integrations and their co-sold deals; a group against the reference opens every ratio', async () => {
  const { context, page, problems } = await newPage(env.browser);
  await signIn(page, env.base, 'viewer', 'viewer-demo');
  await page.goto(`${env.base}/#/portfolio`);
  await page.waitForSelector('[data-testid=drivers-groups] tbody tr', { timeout: 180_000 });
  await page.selectOption('[data-testid=drivers-lever]', 'INTEGRATION_DEPTH');
  await page.waitForSelector('[data-testid=drivers-groups] [data-evidence^="driver-users-"]');
  const groups = await page.$$eval('[data-testid=drivers-groups] tbody tr', (trs) =>
    trs.map((t) => ({ key: t.dataset.group, partners: Number(t.dataset.partners) })),
  );
  let users = 0;
  for (const g of groups) {
    const at = (id) => `[data-testid=drivers-groups] [data-evidence="driver-${id}-${g.key}"]`;
    if (!(await page.$(at('users')))) continue;
    const u = await openFigure(page, at('users'));
    assert.equal(await page.getAttribute('dialog.evidence', 'data-measure'), 'INTEGRATION_USER');
    assert.equal(u.count, u.figure, `${g.key}: the customers using the group's integrations`);
    if (u.count > 0) {
      const credited = await page.$$eval('[data-testid=evidence-customers] tbody tr', (trs) => trs.map((t) => t.dataset.partner));
      assert.ok(credited.length > 0 && credited.every(Boolean), `${g.key}: each row names the partner whose integration it uses`);
      if (users === 0) await shot(page, '33-evidence-integration-users');
      users += u.count;
    }
    await closeDialog(page);
    if (u.count > 0 && (await page.$(at('coSoldPerUser')))) {
      const sold = await openFigure(page, at('coSoldPerUser'));
      assert.equal(await page.getAttribute('dialog.evidence', 'data-measure'), 'PARTNER_CO_SOLD');
      assert.ok(
        Math.abs(sold.count / u.count - sold.figure) < 1e-6,
        `${g.key}: ${sold.count} co-sold over ${u.count} users is ${sold.figure}`,
      );
      await closeDialog(page);
    }
  }
  assert.ok(users > 0, 'some group has integration users');

  // A group against the reference: each outcome's ratio is this group's figure over the reference's, as the table shows them.
  const ratios = await page.$$eval('[data-testid=drivers-groups] [data-evidence^="driver-ratios-"]', (bs) =>
    bs.map((b) => b.dataset.evidence),
  );
  assert.ok(ratios.length > 0, 'a group to compare with the reference');
  const b = await openBreakdown(page, `[data-evidence="${ratios[ratios.length - 1]}"]`);
  const revenue = b.parts.find((p) => p.key === 'REVENUE');
  const [, mine, theirs, raw] = revenue.values;
  assert.ok(mine > 0 && theirs > 0, 'both groups report revenue per partner');
  assert.ok(Math.abs(raw - mine / theirs) < 1e-6 * Math.max(1, raw), `raw ratio ${raw} is ${mine} / ${theirs}`);
  assert.ok(Math.abs(raw - b.figure) < 1e-9, "the table's ratio is the breakdown's");
  await shot(page, '34-drivers-ratios-breakdown');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=breakdown-csv]')]);
  const csv = readFileSync(await download.path(), 'utf8')
    .trim()
    .split(/\r\n/);
  assert.equal(csv.length - 1, b.parts.length, 'one CSV line per outcome');
  assert.match(csv[0], /^outcome,group,reference,raw_ratio/);
  await closeBreakdown(page);
  assert.deepEqual(problems, []);
  await context.close();
});

test("evidence: a prospect's blend, IPP probability, referral proximity, overlap and customers open their parts or rows", async () => {
  const { context, page, problems } = await newPage(env.browser);
  await signIn(page, env.base, 'recruiter', 'recruiter-demo');
  await page.goto(`${env.base}/#/recruiting`);
  await page.waitForSelector('[data-testid=ranking] tbody tr[data-id]', { timeout: 180_000 });
  const first = '[data-testid=ranking] tbody tr[data-id]:first-child';

  // The blend: weight x component per component, adding up to it.
  const blend = await openBreakdown(page, `${first} [data-evidence=prospect-blend]`);
  const weighted = blend.parts.reduce((s, p) => s + Number(p.values[3]), 0);
  assert.ok(Math.abs(weighted - blend.figure) < 1e-4, `the weighted components add up to ${weighted}, the blend is ${blend.figure}`);
  assert.equal(blend.parts.length, 4);
  await shot(page, '35-recruiting-blend-breakdown');
  await closeBreakdown(page);

  // The IPP probability: the factors' log-odds and the rest, adding up to the probability's log-odds.
  const ipp = await openBreakdown(page, `${first} [data-evidence=prospect-ippProbability]`);
  const logOdds = ipp.parts.reduce((s, p) => s + Number(p.values[2]), 0);
  assert.ok(Math.abs(1 / (1 + Math.exp(-logOdds)) - ipp.figure) < 1e-4, `log-odds ${logOdds} give ${ipp.figure}`);
  assert.ok(ipp.parts.length >= 2, 'factors and the rest');
  await shot(page, '36-recruiting-ipp-breakdown');
  const onBreakdown = (await axe(page)).filter((v) => v.impact === 'critical' || v.impact === 'serious');
  assert.deepEqual(onBreakdown, [], 'axe: nothing critical or serious with the breakdown open');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=breakdown-csv]')]);
  assert.equal(
    readFileSync(await download.path(), 'utf8')
      .trim()
      .split(/\r\n/).length,
    ipp.parts.length + 2,
    'header, parts and the total',
  );
  // The open breakdown is in the URL: a reload opens the same parts again, Back closes it, Forward opens it.
  const firstId = await page.getAttribute(first, 'data-id');
  assert.match(await page.evaluate(() => location.hash), new RegExp(`[?&]bd=ippProbability(%3A|:)${firstId}`));
  const partsShown = () =>
    page.$$eval('dialog.breakdown[open] [data-testid=breakdown-rows] tbody tr', (trs) => trs.map((t) => t.dataset.values));
  const before = await partsShown();
  await page.reload();
  await page.waitForSelector('dialog.breakdown[open] [data-testid=breakdown-rows] tbody tr', { timeout: 180_000 });
  assert.deepEqual(await partsShown(), before, 'the reload opens the same breakdown');
  await page.goBack();
  await page.waitForFunction(() => !document.querySelector('dialog.breakdown[open]'));
  assert.doesNotMatch(await page.evaluate(() => location.hash), /[?&]bd=/);
  await page.goForward();
  await page.waitForSelector('dialog.breakdown[open] [data-testid=breakdown-rows] tbody tr', { timeout: 60_000 });
  assert.deepEqual(await partsShown(), before, 'Forward opens it again');
  await closeBreakdown(page);
  assert.doesNotMatch(await page.evaluate(() => location.hash), /[?&]bd=/, 'closing takes it out of the URL');

  // Referral proximity: the top performers within 3 hops; 1 / the fewest hops is the figure.
  const near = await page.$('[data-testid=ranking] [data-evidence=prospect-referralProximity]');
  assert.ok(near, 'a prospect within 3 referral hops of a top performer');
  const id = await near.evaluate((b) => b.closest('tr').dataset.id);
  const r = await openFigure(page, `[data-testid=ranking] tr[data-id="${id}"] [data-evidence=prospect-referralProximity]`);
  assert.equal(await page.getAttribute('dialog.evidence', 'data-measure'), 'PROSPECT_REFERRAL');
  assert.ok(Math.abs(r.total - r.figure) < 1e-9 && r.count > 0);
  const hops = await page.$$eval('[data-testid=evidence-partners] tbody tr', (trs) => trs.map((t) => Number(t.dataset.value)));
  assert.ok(Math.abs(1 / Math.min(...hops) - r.figure) < 1e-9, `nearest at ${Math.min(...hops)} hops, proximity ${r.figure}`);
  await shot(page, '37-recruiting-referral-proximity');
  await closeDialog(page);

  // Customer overlap: every active partner, 1 when it serves fewer of our customers: their mean.
  const overlap = await openFigure(page, `${first} [data-evidence=prospect-customerOverlap]`);
  assert.ok(Math.abs(overlap.total / overlap.count - overlap.figure) < 1e-9);
  await closeDialog(page);

  // What it would add: the customers no active partner serves, their ARR adding up to the reach's; the open list is in the
  // URL, so a reload opens it again and Back closes it.
  let opened = null;
  for (const rowId of await page.$$eval('[data-testid=ranking] tbody tr[data-id]', (trs) => trs.slice(0, 8).map((t) => t.dataset.id))) {
    await page.click(`[data-testid=ranking] tr[data-id="${rowId}"] button:has-text("Why?")`);
    await page.waitForSelector('[data-testid=reach-summary]', { timeout: 60_000 });
    if (await page.$('[data-evidence=prospect-newCustomers]')) {
      opened = rowId;
      break;
    }
    await page.click(`[data-testid=ranking] tr[data-id="${rowId}"] button:has-text("Hide")`);
  }
  assert.ok(opened, 'a prospect among the first eight brings customers no active partner serves');
  const count = Number(await page.getAttribute('[data-evidence=prospect-newCustomers]', 'data-count'));
  const fresh = await openFigure(page, '[data-evidence=prospect-newCustomers]');
  assert.equal(await page.getAttribute('dialog.evidence', 'data-measure'), 'PROSPECT_NEW_CUSTOMER');
  assert.equal(fresh.count, count, 'as many customers as the reach says');
  assert.ok(Math.abs(fresh.total - fresh.figure) < 0.01, `their ARR ${fresh.total} is the reach's ${fresh.figure}`);
  await shot(page, '38-recruiting-new-customers');
  const onEvidence = (await axe(page)).filter((v) => v.impact === 'critical' || v.impact === 'serious');
  assert.deepEqual(onEvidence, [], 'axe: nothing critical or serious with the evidence open');
  assert.match(await page.evaluate(() => location.hash), /[?&]ev=/);
  await page.reload();
  await page.waitForSelector('dialog.evidence[open] [data-testid=evidence-totals]', { timeout: 120_000 });
  assert.equal(Number(await page.getAttribute('[data-testid=evidence-totals]', 'data-count')), count, 'the reload opens the same list');
  await page.goBack();
  await page.waitForFunction(() => !document.querySelector('dialog.evidence[open]'));
  assert.deepEqual(problems, []);
  await context.close();
});
