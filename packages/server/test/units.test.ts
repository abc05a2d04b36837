/**
 * Pure parts without HTTP: configuration, dates, names, identification (C2/C7), availability.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { availableParallelism } from 'node:os';
import { ConfigError, loadConfig } from '../src/config.ts';
import { addDays, ageOn, formatDate } from '../src/rules/dates.ts';
import { formatGivenNames, initials } from '../src/rules/names.ts';
import { matchesRegister } from '../src/rules/identification.ts';
import { availability, baseRefusal } from '../src/rules/availability.ts';
import { relevance } from '../src/rules/sperren.ts';
import type { PersonRecord } from '../src/register/types.ts';

describe('configuration', () => {
  test('defaults are safe', () => {
    const c = loadConfig({});
    assert.equal(c.port, 8787);
    assert.equal(c.host, '127.0.0.1');
    assert.equal(c.publicUrl, 'http://127.0.0.1:8787');
    assert.deepEqual(c.allowedOrigins, ['http://localhost:8080', 'http://127.0.0.1:8080']);
    assert.equal(c.sessionTtlSeconds, 900);
    assert.equal(c.sandboxClock, false);
    assert.match(c.dataDir, /\.data$/);
    assert.equal(c.sealThreads, availableParallelism(), 'one sealing thread per core');
  });

  test('values are parsed, including per-municipality origins', () => {
    const c = loadConfig({ VOIS_PORT: '9000', VOIS_PUBLIC_URL: 'https://api.example.de/', VOIS_ALLOWED_ORIGINS: 'https://a.example, https://b.example/', VOIS_ALLOWED_ORIGINS_12064472: 'https://www.strausberg.example', VOIS_SESSION_TTL_SECONDS: '600', VOIS_SANDBOX_CLOCK: '1', VOIS_RATE_LIMITS: 'login=5,verification=7', VOIS_SEAL_THREADS: '0' });
    assert.equal(c.port, 9000);
    assert.equal(c.sealThreads, 0);
    assert.equal(c.publicUrl, 'https://api.example.de');
    assert.deepEqual(c.allowedOrigins, ['https://a.example', 'https://b.example']);
    assert.deepEqual(c.allowedOriginsByKommune, { '12064472': ['https://www.strausberg.example'] });
    assert.equal(c.sessionTtlSeconds, 600);
    assert.equal(c.sandboxClock, true);
    assert.deepEqual([c.rateLimits.login.max, c.rateLimits.token.max, c.rateLimits.verification.max], [5, 30, 7]);
  });

  test('bad values are refused with a message naming the variable', () => {
    for (const [k, v] of [['VOIS_PORT', 'abc'], ['VOIS_PORT', '70000'], ['VOIS_PUBLIC_URL', 'ftp://x'], ['VOIS_ALLOWED_ORIGINS', 'https://a.example/path'], ['VOIS_SESSION_TTL_SECONDS', '5'], ['VOIS_SANDBOX_CLOCK', 'yes'], ['VOIS_RATE_LIMITS', 'login=x'], ['VOIS_SEAL_THREADS', '-1'], ['VOIS_SEAL_THREADS', 'many'], ['VOIS_ALLOWED_ORIGINS_12064472', 'nonsense']] as const) {
      assert.throws(() => loadConfig({ [k]: v }), (e) => e instanceof ConfigError && e.message.includes(k), `${k}=${v}`);
    }
  });

  test('the server refuses to start with a bad value (exit 1, clear message)', () => {
    const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', 'tsx', main], { env: { ...process.env, VOIS_PORT: 'achtzig' }, encoding: 'utf8', timeout: 20_000 });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /VOIS_PORT/);
  });
});

describe('dates and names', () => {
  test('calendar arithmetic and ages from partial dates never overstate', () => {
    assert.equal(addDays('2026-02-27', 2), '2026-03-01');
    assert.equal(addDays('2026-01-01', -1), '2025-12-31');
    assert.equal(ageOn('2010-06-15', '2026-06-14'), 15);
    assert.equal(ageOn('2010-06-15', '2026-06-15'), 16);
    assert.equal(ageOn('1990', '2026-06-01'), 35, 'year only: counted from 31 December');
    assert.equal(ageOn('1990-02', '2026-02-27'), 35);
    assert.equal(ageOn('1990-02', '2026-02-28'), 36);
    assert.deepEqual([formatDate('1950-03-14'), formatDate('1950-03'), formatDate('1950')], ['14.03.1950', 'März 1950', '1950']);
  });

  test('given names with the name in use; grapheme-aware initials (C7)', () => {
    assert.equal(formatGivenNames({ familyName: 'X', givenNames: ['Anna', 'Maria'], givenNameInUse: 1 }), 'Anna Maria (Rufname: Maria)');
    assert.equal(formatGivenNames({ familyName: 'X', givenNames: ['Anna'], givenNameInUse: 0 }), 'Anna');
    assert.equal(initials({ familyName: 'Żółkiewski-Nguyễn', givenNames: ['Łukasz'] }), 'Ł. Ż.');
    assert.equal(initials({ familyName: 'Freifrau von Brenkenhoff-Liebenwalde', givenNames: ['Maximiliane', 'Viktoria'], givenNameInUse: 1 }), 'V. B.');
    assert.equal(initials({ familyName: 'Suryani', givenNames: [] }), 'S.');
    const nfd = 'Ö'.normalize('NFD') + 'zil';
    assert.equal(initials({ familyName: nfd, givenNames: [] }), `${'Ö'.normalize('NFD')}.`, 'combining mark stays with its letter');
  });
});

const person = (over: Partial<PersonRecord> = {}): PersonRecord => ({
  id: 'P1', familyName: 'Żółkiewski-Nguyễn', dateOfBirth: '1992-09-15', status: 'AKTIV', givenNames: ['Łukasz'], sex: 'M', nationalities: ['polnisch'],
  maritalStatus: 'LD', formerNames: [], legalRepresentatives: [], idDocuments: [], origins: {}, sperren: [],
  residences: [{ id: 'W1', personId: 'P1', dwellingId: 'D1', status: 'ALLEINIGE_WOHNUNG', authority: { ags: '12064472', name: 'Strausberg' }, address: { street: 'Wriezener Straße', houseNumber: '8', postalCode: '15344', city: 'Strausberg' } }],
  ...over,
});

describe('identification (C2, C7)', () => {
  const eid = { familyName: 'Żółkiewski-Nguyễn', givenNames: 'Łukasz', dateOfBirth: '1992-09-15', placeOfResidence: { street: 'Wriezener Straße 8', postalCode: '15344', city: 'Strausberg' } };
  test('exact after NFC', () => {
    assert.ok(matchesRegister(eid, person(), '2026-11-29'));
    assert.ok(matchesRegister({ ...eid, familyName: eid.familyName.normalize('NFD'), placeOfResidence: { ...eid.placeOfResidence, street: 'Wriezener Straße 8'.normalize('NFD') } }, person(), '2026-11-29'));
  });
  test('no fuzziness: case, spacing, another address or birth date fail', () => {
    for (const wrong of [
      { ...eid, familyName: 'żółkiewski-nguyễn' },
      { ...eid, familyName: 'Zolkiewski-Nguyen' },
      { ...eid, givenNames: 'Łukasz ' },
      { ...eid, dateOfBirth: '1992' },
      { ...eid, placeOfResidence: { ...eid.placeOfResidence, street: 'Wriezener Str. 8' } },
    ]) assert.equal(matchesRegister(wrong, person(), '2026-11-29'), false, JSON.stringify(wrong));
  });
});

describe('availability and relevance', () => {
  test('the most fundamental reason wins', () => {
    assert.equal(baseRefusal(person({ status: 'VERSTORBEN', adoptionSecrecy: true }), '12064472', '2026-11-29'), 'C3_DECEASED');
    assert.equal(baseRefusal(person({ adoptionSecrecy: true }), '12064472', '2026-11-29'), 'C4_CLERK_REQUIRED');
    assert.equal(baseRefusal(person(), '12067124', '2026-11-29'), 'C3_NOT_REGISTERED_HERE');
    assert.deepEqual(availability('meldebescheinigung', person(), '12064472', '2026-11-29', ['selbstauskunft']), { service: 'meldebescheinigung', available: false, reason: 'SERVICE_DISABLED' });
  });
  test('BUNDESWEHR by age and nationality (U4)', () => {
    const german = (dob: string) => person({ nationalities: ['deutsch'], dateOfBirth: dob });
    assert.equal(relevance('BUNDESWEHR', german('2012-01-01'), [], '2026-11-29'), 'NOT_YET_RELEVANT');
    assert.equal(relevance('BUNDESWEHR', german('2009-01-01'), [], '2026-11-29'), 'RELEVANT');
    assert.equal(relevance('BUNDESWEHR', german('2000-01-01'), [], '2026-11-29'), 'NO_LONGER_RELEVANT');
    assert.equal(relevance('BUNDESWEHR', person({ dateOfBirth: '2009-01-01' }), [], '2026-11-29'), 'NOT_APPLICABLE');
  });
});
