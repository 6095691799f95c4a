// Issue 14, display names from one place: the views show the service's `vocabularies` names (the client
// keeps no table of its own for stored codes), asked once per session however many views are opened.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { env } from '../env.js';
import { newPage, signIn, shot } from '../harness.js';

async function serverNames(page) {
  return page.evaluate(async () => {
    // a POST carries the session's CSRF token, as the client sends it
    const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
    const csrf = cookie ? { 'X-XSRF-TOKEN': decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) } : {};
    const r = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...csrf },
      body: JSON.stringify({ query: '{ vocabularies { name values { value label } } }' }),
    });
    const list = (await r.json()).data.vocabularies;
    return Object.fromEntries(list.map((v) => [v.name, Object.fromEntries(v.values.map((t) => [t.value, t.label]))]));
  });
}

test("vocabulary: the views show the service's display names, asked once per session", async () => {
  const { context, page, problems } = await newPage(env.browser);
  const asked = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/graphql') && (r.postData() ?? '').includes('vocabularies')) asked.push(r.url());
  });
  await signIn(page, env.base, 'viewer', 'viewer-demo');
  await page.click('header.top nav a:has-text("Portfolio")');
  // ROPI by partner type: each link is named by the type's display name (technology is "Technology / ISV", not "Technology")
  await page.waitForSelector('[data-evidence=ropi-type-technology]', { timeout: 180_000 });
  const names = await serverNames(page);
  for (const type of ['technology', 'services', 'reseller']) {
    const text = (await page.textContent(`[data-evidence=ropi-type-${type}]`)).trim();
    assert.ok(
      text.startsWith(`${names.type[type]} `),
      `${type} is shown as the service names it: "${text}" starts with "${names.type[type]}"`,
    );
  }
  const sourced = await page.textContent('[data-testid=attribution-evidence]');
  assert.ok(sourced.includes(names.source.partner_sourced), `the attribution names ${names.source.partner_sourced}: ${sourced}`);
  await page.locator('[data-testid=ropi-evidence]').scrollIntoViewIfNeeded();
  await shot(page, '30-vocabulary-ropi-types');
  // Other views, and back: the names were asked for once (the page's own check above aside).
  await page.click('header.top nav a:has-text("Explorer")');
  await page.waitForFunction(() => location.hash.startsWith('#/explorer'));
  await page.click('header.top nav a:has-text("Portfolio")');
  await page.waitForSelector('[data-evidence=ropi-type-technology]', { timeout: 180_000 });
  assert.equal(asked.length - 1, 1, `the client asked for the vocabularies ${asked.length - 1} times`);
  // A reload keeps them for the tab's session without asking again.
  await page.reload();
  await page.waitForSelector('[data-evidence=ropi-type-technology]', { timeout: 180_000 });
  assert.equal(asked.length - 1, 1, 'not asked again after a reload');
  assert.ok((await page.textContent('[data-evidence=ropi-type-technology]')).trim().startsWith(names.type.technology));
  assert.deepEqual(problems, []);
  await context.close();
});
