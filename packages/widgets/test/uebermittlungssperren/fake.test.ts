/// <reference types="mocha" />
/**
 * The fake API's Übermittlungssperren behave like the reference server's rules/sperren.ts
 * (U2, U3–U5, C5, idempotent replay), so the widget tests above test against real behaviour.
 */
import { expect } from '@open-wc/testing';
import { SperrenState } from '@vois-online/client/contract';
import { RuleError, beginLogin, completeLogin, createClient, type LoginStorage, type VoisClient } from '@vois-online/client';
import { createFakeApi, type FakeApi } from '../../src/testing/fake-api.ts';
import type { PersonaId } from '../../src/testing/personas.ts';

function memoryStorage(): LoginStorage {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
}

async function login(fake: FakeApi, persona: PersonaId): Promise<VoisClient> {
  const client = createClient({ baseUrl: fake.baseUrl, kommune: fake.kommune, fetch: fake.fetch, retries: 0, timeoutMs: 4000 });
  const storage = memoryStorage();
  const url = await beginLogin(client, { returnUrl: 'https://www.example.de/seite', storage });
  await completeLogin(client, { href: fake.authorize(url, { persona }), storage, replaceUrl: () => undefined });
  return client;
}

const view = (state: SperrenState) => Object.fromEntries(state.sperren.map((s) => [s.key, `${s.active ? 'on' : 'off'} ${s.relevance}${s.changeable ? '' : ' fixed'}`]));

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return e instanceof RuleError ? e.code : String(e);
  }
  return 'no error';
}

describe('fake API: Übermittlungssperren', () => {
  it('derives relevance and changeability like the server (U3–U5, C5)', async () => {
    const fake = createFakeApi();
    expect(view(await (await login(fake, 'happy')).getSperren())).to.deep.equal({
      BUNDESWEHR: 'off NO_LONGER_RELEVANT',
      RELIGION_FAMILIE: 'off NOT_APPLICABLE fixed',
      PARTEIEN_WAHLEN: 'off RELEVANT',
      JUBILAEEN: 'on RELEVANT',
      ADRESSBUCH: 'off RELEVANT',
    });
    const teen = await (await login(fake, 'teen-17')).getSperren();
    expect(view(teen)).to.include({ BUNDESWEHR: 'off RELEVANT', ADRESSBUCH: 'off NOT_YET_RELEVANT', PARTEIEN_WAHLEN: 'off RELEVANT' });
    expect(view(await (await login(fake, 'single-name')).getSperren())).to.include({ BUNDESWEHR: 'off NOT_APPLICABLE fixed' });
    expect(view(await (await login(fake, 'church-spouse')).getSperren())).to.include({ RELIGION_FAMILIE: 'off RELEVANT' });
    const security = await (await login(fake, 'security-block')).getSperren();
    expect(view(security)).to.include({ ADRESSBUCH: 'on RELEVANT fixed', JUBILAEEN: 'on RELEVANT fixed' });
    expect(security.auskunftssperre.active).to.equal(true);
    expect(teen.register).to.deep.equal({ ags: '12064472', name: 'Strausberg' });
  });

  it('refuses U2 (nothing changes), U3 (not applicable) and C5 (locked); C3 closes the service', async () => {
    const fake = createFakeApi();
    const happy = await login(fake, 'happy');
    expect(await refusal(happy.changeSperren({ body: { changes: [{ key: 'JUBILAEEN', active: true }] } }))).to.equal('U2_NO_CHANGES');
    expect(await refusal(happy.changeSperren({ body: { changes: [{ key: 'RELIGION_FAMILIE', active: true }] } }))).to.equal('U3_NOT_APPLICABLE');
    const locked = await login(fake, 'security-block');
    expect(await refusal(locked.changeSperren({ body: { changes: [{ key: 'ADRESSBUCH', active: false }] } }))).to.equal('C5_SECURITY_BLOCK_LOCKED');
    expect(await refusal((await login(fake, 'deceased')).getSperren())).to.equal('C3_DECEASED');
  });

  it('applies changes once per key: a replay returns the same receipt, another body with the key is refused', async () => {
    const fake = createFakeApi();
    const client = await login(fake, 'happy');
    const body = { changes: [{ key: 'ADRESSBUCH' as const, active: true }] };
    const first = await client.changeSperren({ body, idempotencyKey: 'key-aaaaaaaa' });
    const again = await client.changeSperren({ body, idempotencyKey: 'key-aaaaaaaa' });
    expect(again).to.deep.equal(first);
    expect(first.changes).to.deep.equal(body.changes);
    expect(first.state.sperren.find((s) => s.key === 'ADRESSBUCH')!.active).to.equal(true);
    expect(first.document.type).to.equal('SPERREN_QUITTUNG');
    expect(fake.state.documents.size).to.equal(1);
    expect(await refusal(client.changeSperren({ body: { changes: [{ key: 'PARTEIEN_WAHLEN', active: true }] }, idempotencyKey: 'key-aaaaaaaa' }))).to.equal('IDEMPOTENCY_KEY_REUSED');
    // Without a replay, the same wish again changes nothing: U2.
    expect(await refusal(client.changeSperren({ body, idempotencyKey: 'key-bbbbbbbb' }))).to.equal('U2_NO_CHANGES');
  });
});
