/**
 * The scenario suite: every scenario runs against the widgets' test double and the reference
 * server (fresh ones each), each answer is checked against the scenario's expectation, and the
 * two normalised transcripts must be equal — so the fake that ~500 widget tests and every
 * Storybook state trust answers like the real thing.
 */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { personas } from '@vois-online/widgets/testing';
import { runScenario, type Scenario } from '../src/runner.ts';
import { scenarios } from '../src/scenarios.ts';
import { closeSharedKeys, createTarget } from '../src/targets.ts';

after(closeSharedKeys);

/**
 * Rule ids of domain-meldewesen.md with an outcome visible in an answer. C6 (every access is
 * logged) is not: the log feeds the Selbstauskunft only with third parties' retrievals (S3).
 */
const OBSERVABLE = ['C1', 'C2', 'C3', 'C4', 'C5', 'C7', 'M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'S1', 'S2', 'S3', 'S4', 'S5'];

test('the suite is complete: ≥ 120 scenarios, every observable rule id, unique names', () => {
  assert.ok(scenarios.length >= 120, `${scenarios.length} scenarios`);
  const covered = new Set(scenarios.flatMap((s) => s.rules));
  assert.deepEqual(OBSERVABLE.filter((r) => !covered.has(r)), []);
  assert.equal(new Set(scenarios.map((s) => s.name)).size, scenarios.length);
  const seen = new Set(scenarios.flatMap((s) => [s.persona, ...s.steps.map((step) => ('login' in step ? step.login : undefined))]));
  assert.deepEqual(Object.keys(personas).filter((id) => !seen.has(id as never)), [], 'every persona of the seed');
});

async function both(s: Scenario) {
  const fake = await createTarget('fake');
  const server = await createTarget('server');
  try {
    const [a, b] = [await runScenario(s, fake), await runScenario(s, server)];
    assert.deepEqual(a, b, `the fake and the server answer "${s.name}" differently`);
  } finally {
    await Promise.all([fake.close(), server.close()]);
  }
}

for (const s of scenarios) test(s.name, { timeout: 60_000 }, () => both(s));
