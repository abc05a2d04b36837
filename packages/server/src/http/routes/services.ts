import type { Hono } from 'hono';
import type { KommuneRef, ServiceId } from '@vois-online/client/contract';
import { ServiceId as ServiceIdSchema } from '@vois-online/client/contract';
import { meldebescheinigungDocument, meldebestaetigungDocument, selbstauskunftDocument, sperrenQuittungDocument } from '../../issuing/content.ts';
import { nameOf, type AbmeldungRecord, type PersonRecord } from '../../register/types.ts';
import { abmeldungOptions, checkAbmeldung } from '../../rules/abmeldung.ts';
import { availability } from '../../rules/availability.ts';
import { meldebescheinigungOptions, zusatzFor } from '../../rules/meldebescheinigung.ts';
import { currentResidences, toResidence } from '../../rules/residences.ts';
import { selbstauskunft } from '../../rules/selbstauskunft.ts';
import { effectiveChanges, READ_ONLY_KEYS, sperrenState } from '../../rules/sperren.ts';
import { notFound, refused, RuleViolation } from '../../rules/violation.ts';
import type { Auth, Env, Services } from '../context.ts';
import { mountOperation } from '../operation.ts';

/** Every pilot municipality offers all four services (a production config could switch some off). */
export const ENABLED_SERVICES: readonly ServiceId[] = ServiceIdSchema.options;

const ref = (auth: Auth): KommuneRef => ({ ags: auth.kommune.ags, name: auth.kommune.name });

/** Closes the service with the same reason /v1/me reports (C3, C4, M1, A1, A2, A6 …). */
function requireService(s: Services, auth: Auth, service: ServiceId) {
  const a = availability(service, auth.person, auth.kommune.ags, s.register.today(), ENABLED_SERVICES);
  if (!a.available) throw refused(a.reason!);
}

/** The record as it was before `change` ended its residences. */
function withoutDeregistration(person: PersonRecord, change: AbmeldungRecord): PersonRecord {
  const ended = new Set([change.residenceId, ...change.childResidenceIds]);
  return { ...person, residences: person.residences.map((r) => (ended.has(r.id) ? { ...r, moveOutDate: undefined } : r)) };
}

/** C6: one access-log row per access (in the store); categories only, never values. */
function logAccess(s: Services, personId: string, service: string, categories: string[], recipient = 'Online-Dienst (betroffene Person)') {
  return s.logAccess({ personId, at: new Date(s.clock.now()).toISOString(), kind: 'ONLINE_DIENST', service, recipient, categories, securityAuthority: false });
}

export function mountServiceRoutes(app: Hono<Env>, s: Services) {
  const now = () => new Date(s.clock.now());

  mountOperation(app, s, 'getMe', async ({ auth }) => {
    const today = s.register.today();
    await logAccess(s, auth.person.id, 'anmeldung', ['NAMEN', 'ANSCHRIFTEN']);
    return {
      name: nameOf(auth.person),
      kommune: ref(auth),
      services: ENABLED_SERVICES.map((service) => availability(service, auth.person, auth.kommune.ags, today, ENABLED_SERVICES)),
    };
  });

  // ---- Meldebescheinigung (M1–M6)
  mountOperation(app, s, 'getMeldebescheinigungOptions', async ({ auth }) => {
    requireService(s, auth, 'meldebescheinigung');
    await logAccess(s, auth.person.id, 'meldebescheinigung', ['NAMEN', 'GEBURT', 'ANSCHRIFTEN', 'FAMILIE']);
    return meldebescheinigungOptions(auth.person, await s.register.relatives(auth.person.id), auth.kommune.ags, s.register.today());
  });

  mountOperation(app, s, 'createMeldebescheinigung', async ({ auth, body }) => {
    requireService(s, auth, 'meldebescheinigung');
    const p = auth.person;
    const today = s.register.today();
    // M2: always the caller's own record; there is no parameter that could name anyone else.
    const zusatzAngaben = zusatzFor(body, p, await s.register.relatives(p.id), auth.kommune.ags, today);
    const data = {
      art: body.art,
      person: { name: nameOf(p), dateOfBirth: p.dateOfBirth },
      residences: currentResidences(p, today).map(toResidence),
      zusatzAngaben,
      keinSterbedatum: body.art === 'ERWEITERT' && body.keinSterbedatum,
    };
    const { title, blocks } = meldebescheinigungDocument(data);
    const document = await s.documents.issue({ personId: p.id, type: 'MELDEBESCHEINIGUNG', title, holder: data.person.name, kommune: auth.kommune, blocks, issuedAt: now() });
    await logAccess(s, p.id, 'meldebescheinigung', ['NAMEN', 'GEBURT', 'ANSCHRIFTEN', ...zusatzAngaben.map((z) => z.key)]);
    return { data: { ...data, document }, documentId: document.id };
  });

  // ---- Abmeldung einer Nebenwohnung (A1–A8)
  mountOperation(app, s, 'getAbmeldungOptions', async ({ auth }) => {
    requireService(s, auth, 'abmeldung-nebenwohnung');
    await logAccess(s, auth.person.id, 'abmeldung-nebenwohnung', ['NAMEN', 'ANSCHRIFTEN', 'FAMILIE']);
    return abmeldungOptions(auth.person, await s.register.relatives(auth.person.id), auth.kommune.ags, s.register.today());
  });

  mountOperation(app, s, 'createAbmeldung', async ({ auth, body, idempotencyKey }) => {
    // A retry whose first answer was lost (remote register): judge it on the register as it was
    // before that change, on that day, so the answer is the first one again (register/port.ts).
    const earlier = await s.register.deregistrationFor(idempotencyKey);
    const today = earlier?.registeredOn ?? s.register.today();
    const relatives = await s.register.relatives(auth.person.id);
    const p = earlier ? withoutDeregistration(auth.person, earlier) : auth.person;
    const family = earlier ? relatives.map((r) => ({ ...r, person: withoutDeregistration(r.person, earlier) })) : relatives;
    requireService(s, { ...auth, person: p }, 'abmeldung-nebenwohnung');
    const checked = checkAbmeldung(body, p, family, auth.kommune.ags, today);
    const at = now();
    const record = await s.register.deregister({
      personId: p.id,
      residenceId: checked.residence.id,
      childResidenceIds: checked.children.map((c) => c.residence.id),
      moveOutDate: body.moveOutDate,
      registeredOn: today,
      at: at.toISOString(),
      idempotencyKey,
    });
    const data = {
      person: { name: nameOf(p), dateOfBirth: p.dateOfBirth },
      residence: toResidence(checked.residence),
      moveOutDate: body.moveOutDate,
      registeredOn: today,
      state: record.state,
      late: checked.late,
      children: checked.children.map((c) => ({ name: nameOf(c.person), dateOfBirth: c.person.dateOfBirth })),
    };
    const { title, blocks } = meldebestaetigungDocument(data);
    const document = await s.documents.issue({ personId: p.id, type: 'MELDEBESTAETIGUNG', title, holder: data.person.name, kommune: auth.kommune, blocks, issuedAt: at });
    await logAccess(s, p.id, 'abmeldung-nebenwohnung', ['NAMEN', 'GEBURT', 'ANSCHRIFTEN']);
    for (const c of checked.children) await logAccess(s, c.person.id, 'abmeldung-nebenwohnung', ['NAMEN', 'GEBURT', 'ANSCHRIFTEN'], 'Online-Dienst (Elternteil, Mitabmeldung)');
    return { data: { id: record.id, ...data, document }, documentId: document.id };
  });

  // ---- Übermittlungssperren (U1–U7, C5)
  mountOperation(app, s, 'getSperren', async ({ auth }) => {
    requireService(s, auth, 'uebermittlungssperren');
    await logAccess(s, auth.person.id, 'uebermittlungssperren', ['SPERREN', 'STAATSANGEHOERIGKEITEN', 'RELIGION', 'FAMILIE']);
    return sperrenState(auth.person, await s.register.relatives(auth.person.id), s.register.today(), ref(auth));
  });

  mountOperation(app, s, 'changeSperren', async ({ auth, body, idempotencyKey }) => {
    requireService(s, auth, 'uebermittlungssperren');
    const p = auth.person;
    const today = s.register.today();
    const relatives = await s.register.relatives(p.id);
    const changes = effectiveChanges(body, sperrenState(p, relatives, today, ref(auth)), p);
    const at = now();
    await s.register.setSperren({ personId: p.id, changes, at: at.toISOString(), idempotencyKey });
    const state = sperrenState((await s.register.person(p.id))!, relatives, today, ref(auth));
    const effectiveAt = at.toISOString();
    const { title, blocks } = sperrenQuittungDocument({ name: nameOf(p), dateOfBirth: p.dateOfBirth, changes, state, effectiveAt });
    const document = await s.documents.issue({ personId: p.id, type: 'SPERREN_QUITTUNG', title, holder: nameOf(p), kommune: auth.kommune, blocks, issuedAt: at });
    await logAccess(s, p.id, 'uebermittlungssperren', ['SPERREN']);
    return { data: { state, changes, effectiveAt, document }, documentId: document.id };
  }, {
    // U6: the § 51/§ 52 blocks are not in the changeable set; say so with the rule code.
    inspectRawBody(raw) {
      const changes = (raw as { changes?: unknown })?.changes;
      if (!Array.isArray(changes)) return;
      const fields = changes.flatMap((c, i) => (READ_ONLY_KEYS.includes((c as { key?: unknown })?.key as string) ? [{ pointer: `/changes/${i}/key`, code: 'U6_READ_ONLY' as const }] : []));
      if (fields.length) throw new RuleViolation('U6_READ_ONLY', 422, { fields });
    },
  });

  // ---- Selbstauskunft (S1–S5)
  const buildSelbstauskunft = async (auth: Auth) =>
    selbstauskunft({
      person: auth.person,
      relatives: await s.register.relatives(auth.person.id),
      register: ref(auth),
      today: s.register.today(),
      generatedAt: now().toISOString(),
      recipients: await s.register.transferRecipients(),
      retrievals: await s.register.retrievals(auth.person.id),
    });
  const ALL_CATEGORIES = ['NAMEN', 'GEBURT', 'GESCHLECHT', 'STAATSANGEHOERIGKEITEN', 'RELIGION', 'ANSCHRIFTEN', 'FAMILIENSTAND', 'FAMILIE', 'AUSWEISDOKUMENTE', 'SPERREN'];

  mountOperation(app, s, 'getSelbstauskunft', async ({ auth }) => {
    requireService(s, auth, 'selbstauskunft');
    // Read the log before writing this access, so the answer shows the state when it was asked.
    const result = await buildSelbstauskunft(auth);
    await logAccess(s, auth.person.id, 'selbstauskunft', ALL_CATEGORIES);
    return result;
  });

  mountOperation(app, s, 'createSelbstauskunftDocument', async ({ auth }) => {
    requireService(s, auth, 'selbstauskunft');
    const result = await buildSelbstauskunft(auth);
    const { title, blocks } = selbstauskunftDocument(result);
    const document = await s.documents.issue({ personId: auth.person.id, type: 'SELBSTAUSKUNFT', title, holder: nameOf(auth.person), kommune: auth.kommune, blocks, issuedAt: new Date(result.generatedAt) });
    await logAccess(s, auth.person.id, 'selbstauskunft', ALL_CATEGORIES);
    return { data: document, documentId: document.id };
  });

  // ---- Documents: the owner only; anyone else gets the same 404 as for a made-up id.
  mountOperation(app, s, 'getDocumentPdf', async ({ auth, params }) => {
    const doc = await s.documents.pdfFor(auth.person.id, params.id);
    if (!doc) throw notFound();
    await logAccess(s, auth.person.id, 'dokumente', ['DOKUMENT']);
    return { pdf: doc.pdf, filename: `${doc.number}.pdf` };
  });
}
