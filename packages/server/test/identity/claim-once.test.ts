/**
 * The in-memory "first use wins" store behind the SAML replay check (the shared store must
 * behave the same: true once per key until expiry, then the key may come back).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createMemoryClaimOnce } from '../../src/identity/claim-once.ts';

test('a key is claimed once until it expires, independent of other keys', async () => {
  let now = 1_000;
  const claimOnce = createMemoryClaimOnce(() => now);
  assert.equal(await claimOnce('a', 2_000), true);
  assert.equal(await claimOnce('a', 2_000), false, 'second claim refused');
  assert.equal(await claimOnce('b', 1_500), true, 'other keys unaffected');
  now = 1_600;
  assert.equal(await claimOnce('a', 2_000), false, 'still remembered before its expiry');
  assert.equal(await claimOnce('b', 3_000), true, 'an expired key is forgotten (its assertion would be refused as expired anyway)');
  now = 2_000;
  assert.equal(await claimOnce('a', 4_000), true);
});
