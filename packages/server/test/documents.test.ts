/**
 * Sealed documents: PDF structure, PAdES seal (verified independently with node-forge and, where
 * installed, poppler's pdfsig), DIN 91379 text (C7), layout limits, QR code, seal key reuse,
 * verification codes, and the tagged-PDF structure (PDF/UA-1: structure tree read back with
 * pdf-lib and with poppler's `pdfinfo -struct-text`, content streams parsed by tagged-pdf.ts).
 *
 * Run from packages/server (the TAP copy is what scripts/test.sh counts):
 *   mkdir -p ../../reports && node --import tsx --test --test-reporter=spec \
 *     --test-reporter-destination=stdout --test-reporter=tap \
 *     --test-reporter-destination=../../reports/documents.tap test/documents.test.ts
 * pdftotext/pdfsig/pdftoppm/pdfinfo (poppler-utils) are used when installed; otherwise those
 * assertions are skipped with a message.
 */
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import forge from 'node-forge';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFString, StandardFonts, decodePDFRawStream, type PDFObject } from 'pdf-lib';
import QRCode from 'qrcode';
import {
  createSealer,
  newVerificationCode,
  parseVerificationCode,
  SUB_FILTER,
  VERIFICATION_CODE_PATTERN,
  type DocumentContent,
  type Sealer,
} from '../src/documents/index.ts';
import { createSealerPool } from '../src/documents/seal-pool.ts';
import { fontCovers } from '../src/documents/fonts.ts';
import { formatIssueTime } from '../src/documents/format.ts';
import { QR_BOX, TEXT_RIGHT_EDGE } from '../src/documents/render.ts';
import { markedContent, outline, parentTree, parseStructText, structureTree, type Element } from './tagged-pdf.ts';

const run = promisify(execFile);
const NAME = 'Łukasz Żółkiewski-Nguyễn';
const has = (tool: string) => spawnSync(tool, ['-v']).error === undefined;
const POPPLER = { pdftotext: has('pdftotext'), pdfsig: has('pdfsig'), pdftoppm: has('pdftoppm'), pdfinfo: has('pdfinfo') };
const missing = (tool: string) => `${tool} (poppler-utils) is not installed; assertion skipped`;

function content(overrides: Partial<DocumentContent> = {}): DocumentContent {
  const code = overrides.verificationCode ?? newVerificationCode();
  return {
    type: 'MELDEBESCHEINIGUNG',
    title: 'Meldebescheinigung (einfach)',
    number: 'MB-2026-000123',
    verificationCode: code,
    verificationUrl: `http://127.0.0.1:8787/pruefen/${code}`,
    issuedAt: new Date('2026-11-29T15:40:00Z'),
    issuer: { ags: '12064472', name: 'Stadt Strausberg', office: 'Bürgerbüro', address: 'Hegermühlenstraße 58, 15344 Strausberg' },
    blocks: [
      {
        kind: 'rows',
        heading: 'Angaben zur Person',
        rows: [
          ['Name', NAME.normalize('NFD')], // as some eID sources deliver it
          ['Geburtsdatum', '14.03.1985'],
          ['Doktorgrad', ''],
        ],
      },
      { kind: 'rows', heading: 'Anschriften', rows: [['Hauptwohnung', 'Große Straße 12\n15344 Strausberg']] },
      { kind: 'text', heading: 'Hinweis', paragraphs: ['Diese Bescheinigung ist nach § 18 Abs. 3 BMG gebührenfrei.'] },
    ],
    ...overrides,
  };
}

/** Text of a PDF as poppler extracts it (what search, copy and screen readers get). */
async function pdfText(pdf: Uint8Array, dir: string, ...args: string[]): Promise<string> {
  const file = join(dir, `t-${Math.random().toString(36).slice(2)}.pdf`);
  await writeFile(file, pdf);
  return (await run('pdftotext', [...args, file, '-'], { maxBuffer: 16 * 1024 * 1024 })).stdout;
}

interface SignatureParts {
  dict: PDFDict;
  byteRange: number[];
  cms: Buffer;
}

async function signatureOf(pdf: Uint8Array): Promise<SignatureParts> {
  const doc = await PDFDocument.load(pdf);
  const acroForm = doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict);
  const widget = acroForm.lookup(PDFName.of('Fields'), PDFArray).lookup(0, PDFDict);
  const dict = widget.lookup(PDFName.of('V'), PDFDict);
  const byteRange = dict
    .lookup(PDFName.of('ByteRange'), PDFArray)
    .asArray()
    .map((n) => (n as PDFNumber).asNumber());
  const contents = Buffer.from(dict.lookup(PDFName.of('Contents'), PDFHexString).asString(), 'hex');
  // /Contents is padded with zeros; the DER header says how long the CMS really is.
  const parsed = forge.asn1.fromDer(forge.util.createBuffer(contents.toString('binary')), { parseAllBytes: false } as never);
  const length = forge.asn1.toDer(parsed).length();
  return { dict, byteRange, cms: contents.subarray(0, length) };
}

function signedBytes(pdf: Uint8Array, [a, b, c, d]: number[]): Buffer {
  return Buffer.concat([Buffer.from(pdf.subarray(a!, a! + b!)), Buffer.from(pdf.subarray(c!, c! + d!))]);
}

/** Bytes of a stream, decoded (XMP metadata is stored uncompressed, but a reader may not assume it). */
const decodeStream = (stream: PDFObject | undefined) => decodePDFRawStream(stream as PDFRawStream).decode();

type Asn1 = forge.asn1.Asn1;
const children = (node: Asn1) => node.value as Asn1[];
const oidOf = (node: Asn1) => forge.asn1.derToOid(node.value as string);

/**
 * Checks the CMS the way a PAdES validator does, with node-forge only: message digest over the
 * byte ranges, ESS signing-certificate-v2 bound to the embedded certificate, RSA signature over
 * the signed attributes. Returns what it found.
 */
function verifyCms(cms: Buffer, signed: Buffer) {
  const contentInfo = forge.asn1.fromDer(cms.toString('binary'));
  assert.equal(oidOf(children(contentInfo)[0]!), '1.2.840.113549.1.7.2', 'ContentInfo is signedData');
  const signedData = children(children(contentInfo)[1]!)[0]!;
  const [, digestAlgorithms, encapContentInfo, certificates, signerInfos] = children(signedData);
  assert.equal(oidOf(children(children(digestAlgorithms!)[0]!)[0]!), '2.16.840.1.101.3.4.2.1', 'SHA-256');
  assert.equal(children(encapContentInfo!).length, 1, 'detached: no encapsulated content');
  const certificate = forge.pki.certificateFromAsn1(children(certificates!)[0]!);
  const certificateDer = Buffer.from(forge.asn1.toDer(children(certificates!)[0]!).getBytes(), 'binary');

  const signerInfo = children(signerInfos!)[0]!;
  const signedAttrs = children(signerInfo)[3]!;
  const attributes = new Map(children(signedAttrs).map((attr) => [oidOf(children(attr)[0]!), children(children(attr)[1]!)[0]!]));
  const messageDigest = Buffer.from(attributes.get('1.2.840.113549.1.9.4')!.value as string, 'binary');
  const essCertHash = Buffer.from(
    children(children(children(attributes.get('1.2.840.113549.1.9.16.2.47')!)[0]!)[0]!)[0]!.value as string,
    'binary',
  );

  // The signature is over the attributes DER-encoded as a SET, not with their [0] tag.
  const set = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, children(signedAttrs));
  const md = forge.md.sha256.create();
  md.update(forge.asn1.toDer(set).getBytes());
  const signature = children(signerInfo)[5]!.value as string;
  const signatureValid = (certificate.publicKey as forge.pki.rsa.PublicKey).verify(md.digest().bytes(), signature);

  return {
    certificate,
    attributeTypes: [...attributes.keys()],
    digestMatches: messageDigest.equals(createHash('sha256').update(signed).digest()),
    certificateBound: essCertHash.equals(createHash('sha256').update(certificateDer).digest()),
    signatureValid,
  };
}

let dir: string;
let sealer: Sealer;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vois-documents-'));
  sealer = await createSealer({ dataDir: join(dir, 'data'), sealName: 'Strausberg' });
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('verification codes', () => {
  test('10,000 draws are well-formed, unambiguous and unique', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const code = newVerificationCode();
      assert.match(code, VERIFICATION_CODE_PATTERN);
      assert.doesNotMatch(code, /[01OI]/);
      seen.add(code);
    }
    assert.equal(seen.size, 10_000);
  });

  test('typed input is normalised; impossible codes are refused', () => {
    assert.equal(parseVerificationCode(' k7qm 3xpa-z9rt '), 'K7QM-3XPA-Z9RT');
    assert.equal(parseVerificationCode('K7QM3XPAZ9RT'), 'K7QM-3XPA-Z9RT');
    assert.equal(parseVerificationCode('K7QM-3XPA-Z9R0'), null, 'contains 0');
    assert.equal(parseVerificationCode('K7QM-3XPA-Z9R'), null, 'too short');
  });
});

describe('fonts (C7, DIN 91379)', () => {
  // DIN 91379 normative Latin letters (bll), a selection of the non-letters and every combining
  // diacritic of group dc, from which the normative sequences are built.
  const LETTERS =
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ' +
    'ĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĲĳĴĵĶķĸĹĺĻļĽľĿŀŁłŃńŅņŇňŉŊŋŌōŎŏŐőŒœŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž' +
    'ƇƈƏƗƠơƯưƷǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǢǣǤǥǦǧǨǩǪǫǬǭǮǯǰǴǵǸǹǺǻǼǽǾǿȒȓȘșȚțȞȟȧȨȩȪȫȬȭȮȯȰȱȲȳəɨʒ' +
    'ḂḃḆḇḊḋḌḍḎḏḐḑḗḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḯḰḱḲḳḴḵḶḷḺḻṀṁṂṃṄṅṆṇṈṉṒṓṔṕṖṗṘṙṚṛṞṟṠṡṢṣṪṫṬṭṮṯẀẁẂẃẄẅẆẇẌẍẎẏẐẑẒẓẔẕẖẗẞ' +
    'ẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ';
  const NON_LETTERS = "'-.,`~¨´·ʹʺʾʿˈˌ’‡§€«»„“”–—";
  const MARKS = '\u0300\u0301\u0302\u0303\u0304\u0306\u0307\u0308\u030B\u030C\u030D\u0310\u0315\u031B\u0323\u0325\u0326\u0327\u0328\u0331\u035F';

  for (const face of ['regular', 'bold'] as const) {
    test(`DejaVu Sans ${face} has a glyph for every DIN 91379 letter, mark and ễ`, () => {
      for (const ch of LETTERS + NON_LETTERS + MARKS) assert.ok(fontCovers(face, ch), `missing U+${ch.codePointAt(0)!.toString(16)}`);
      assert.ok(fontCovers(face, NAME.normalize('NFD')), 'the NFD name composes to covered letters');
    });
  }

  test('issue time is German local time with MEZ/MESZ', () => {
    assert.equal(formatIssueTime(new Date('2026-11-29T15:40:00Z')), '29.11.2026, 16:40 Uhr (MEZ)');
    assert.equal(formatIssueTime(new Date('2026-07-01T22:05:00Z')), '02.07.2026, 00:05 Uhr (MESZ)');
  });
});

describe('seal certificate', () => {
  test('generated once, stored 0600, reused by a later createSealer on the same directory', async () => {
    const data = join(dir, 'data');
    for (const file of ['seal.p12', 'seal.pem']) {
      assert.equal((await stat(join(data, file))).mode & 0o777, 0o600, file);
    }
    assert.equal(await readFile(join(data, 'seal.pem'), 'utf8'), sealer.certificatePem);
    const again = await createSealer({ dataDir: data, sealName: 'Strausberg' });
    assert.equal(again.certificatePem, sealer.certificatePem);
    assert.equal(again.certificateFingerprint, sealer.certificateFingerprint);
  });

  test('subject, validity, key size and key usage are those of a sandbox seal', () => {
    const certificate = forge.pki.certificateFromPem(sealer.certificatePem);
    assert.equal(certificate.subject.getField('CN').value, 'Sandbox-Siegel VOIS-Online Strausberg');
    assert.equal(certificate.subject.getField('O').value, 'VOIS-Online Testumgebung');
    assert.equal((certificate.publicKey as forge.pki.rsa.PublicKey).n.bitLength(), 3072);
    const years = (certificate.validity.notAfter.getTime() - certificate.validity.notBefore.getTime()) / (365.25 * 86_400_000);
    assert.ok(years > 4.99 && years < 5.01, `validity ${years} years`);
    const keyUsage = certificate.getExtension('keyUsage') as { digitalSignature: boolean; nonRepudiation: boolean; keyCertSign: boolean };
    assert.ok(keyUsage.digitalSignature && keyUsage.nonRepudiation && !keyUsage.keyCertSign);
  });

  test('two processes starting at once on a fresh directory end up with one key', async () => {
    const fresh = join(dir, 'race');
    const [a, b] = await Promise.all([createSealer({ dataDir: fresh }), createSealer({ dataDir: fresh })]);
    assert.equal(a.certificatePem, b.certificatePem);
    assert.equal(await readFile(join(fresh, 'seal.pem'), 'utf8'), a.certificatePem);
  });
});

describe('sealing threads (createSealerPool)', () => {
  const crashing = new URL('./fixtures/crashing-seal-worker.mjs', import.meta.url);

  test('seal on two threads in parallel with the same identity; every seal verifies', async () => {
    const pool = await createSealerPool({ dataDir: join(dir, 'data'), sealName: 'Strausberg', threads: 2 });
    try {
      assert.equal(pool.certificateFingerprint, sealer.certificateFingerprint);
      const docs = Array.from({ length: 6 }, (_, i) => content({ number: `MB-2026-00010${i}` }));
      const pdfs = await Promise.all(docs.map((d) => pool.seal(d)));
      for (const [i, pdf] of pdfs.entries()) {
        const { byteRange, cms } = await signatureOf(pdf);
        const result = verifyCms(cms, signedBytes(pdf, byteRange));
        assert.ok(result.digestMatches && result.signatureValid && result.certificateBound, `document ${i}`);
        assert.equal(forge.pki.certificateToPem(result.certificate).replace(/\r\n/g, '\n'), sealer.certificatePem);
        if (POPPLER.pdftotext) assert.ok((await pdfText(pdf, dir)).includes(docs[i]!.number), 'each answer is its own document');
      }
    } finally {
      await pool.close();
    }
  });

  test('a document that cannot be rendered fails alone; a thread that dies fails only its document and is replaced', async () => {
    const pool = await createSealerPool({ dataDir: join(dir, 'data'), threads: 1, workerUrl: crashing });
    try {
      await assert.rejects(pool.seal({ ...content(), blocks: null as never }), /sealing failed/);
      const [crashed, after] = await Promise.allSettled([pool.seal(content({ title: 'crash' })), pool.seal(content())]);
      assert.equal(crashed.status, 'rejected');
      assert.match(String((crashed as PromiseRejectedResult).reason), /sealing thread ended \(exit code 70\)/);
      assert.equal(after.status, 'fulfilled', 'the document queued behind it is sealed by the replacement thread');
      assert.equal(Buffer.from((after as PromiseFulfilledResult<Uint8Array>).value.subarray(0, 5)).toString(), '%PDF-');
    } finally {
      await pool.close();
    }
    await assert.rejects(pool.seal(content()), /sealer closed/);
  });
});

describe('sealed PDF', () => {
  let doc: DocumentContent;
  let pdf: Uint8Array;

  before(async () => {
    doc = content();
    pdf = await sealer.seal(doc);
  });

  test('parses, is A4, carries title, language and producer but no personal data in metadata', async () => {
    assert.equal(Buffer.from(pdf.subarray(0, 5)).toString(), '%PDF-');
    const loaded = await PDFDocument.load(pdf, { updateMetadata: false });
    assert.equal(loaded.getPageCount(), 1);
    const { width, height } = loaded.getPage(0).getSize();
    assert.deepEqual([Math.round(width), Math.round(height)], [595, 842]);
    assert.equal(loaded.getTitle(), doc.title);
    assert.equal(loaded.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText(), 'de-DE');
    assert.match(loaded.getProducer() ?? '', /VOIS-Online/);
    assert.equal(loaded.getSubject(), undefined);
    assert.equal(loaded.getKeywords(), undefined);
    const info = [loaded.getTitle(), loaded.getAuthor(), loaded.getCreator(), loaded.getProducer()].join('\n');
    for (const personal of ['Łukasz', 'Żółkiewski', 'Nguy', '1985', 'Große Straße']) assert.ok(!info.includes(personal), personal);
  });

  test('has one signature dictionary whose ByteRange covers the whole file except the signature', async () => {
    const { dict, byteRange } = await signatureOf(pdf);
    const [a, b, c, d] = byteRange as [number, number, number, number];
    assert.equal(dict.lookup(PDFName.of('Type'), PDFName).decodeText(), 'Sig');
    assert.equal(dict.lookup(PDFName.of('SubFilter'), PDFName).decodeText(), SUB_FILTER);
    assert.equal(SUB_FILTER, 'ETSI.CAdES.detached');
    assert.equal(dict.lookup(PDFName.of('Reason'), PDFString).decodeText(), 'Elektronisches Siegel');
    assert.equal(dict.lookup(PDFName.of('Location'), PDFString).decodeText(), 'Stadt Strausberg');
    assert.equal(a, 0);
    assert.equal(c + d, pdf.length, 'second range ends at the end of the file');
    const gap = Buffer.from(pdf.subarray(b, c)).toString('latin1');
    assert.match(gap, /^<[0-9a-f]+>$/i, 'the only unsigned bytes are the hex /Contents string');
  });

  test('the CMS is a PAdES baseline signature that verifies with node-forge', async () => {
    const { byteRange, cms } = await signatureOf(pdf);
    const result = verifyCms(cms, signedBytes(pdf, byteRange));
    assert.ok(result.digestMatches, 'messageDigest = SHA-256 of the byte ranges');
    assert.ok(result.signatureValid, 'RSA signature over the signed attributes');
    assert.ok(result.certificateBound, 'ESS signing-certificate-v2 matches the embedded certificate');
    assert.ok(!result.attributeTypes.includes('1.2.840.113549.1.9.5'), 'no CMS signing-time (PAdES uses /M)');
    assert.equal(forge.pki.certificateToPem(result.certificate).replace(/\r\n/g, '\n'), sealer.certificatePem);
  });

  test('changing a single byte of the document breaks the seal', async () => {
    const { byteRange, cms } = await signatureOf(pdf);
    const tampered = Buffer.from(pdf);
    const target = Math.floor(byteRange[1]! / 2); // somewhere in the first signed range
    tampered[target] = tampered[target]! ^ 1;
    assert.equal(verifyCms(cms, signedBytes(tampered, byteRange)).digestMatches, false);
  });

  test('pdfsig (poppler/NSS) reports a valid ETSI.CAdES.detached signature', async (t) => {
    if (!POPPLER.pdfsig) return t.skip(missing('pdfsig'));
    const file = join(dir, 'sealed.pdf');
    await writeFile(file, pdf);
    const { stdout } = await run('pdfsig', [file]);
    assert.match(stdout, /Signature Type: ETSI\.CAdES\.detached/);
    assert.match(stdout, /Signature Validation: Signature is Valid\./);
    assert.match(stdout, /Total document signed/);
    assert.match(stdout, /Sandbox-Siegel VOIS-Online Strausberg/);
  });

  test('text contains the NFC name (from NFD input), number, code, issue time and sandbox note', async (t) => {
    if (!POPPLER.pdftotext) return t.skip(missing('pdftotext'));
    const text = await pdfText(pdf, dir);
    assert.ok(text.includes(NAME), `NFC name in:\n${text}`);
    assert.ok(!text.includes(NAME.normalize('NFD')), 'not the decomposed form');
    assert.ok(text.includes(doc.verificationCode));
    assert.ok(text.includes(doc.number));
    assert.ok(text.includes(doc.verificationUrl));
    assert.ok(text.includes('29.11.2026, 16:40 Uhr (MEZ)'));
    assert.ok(text.includes('Testumgebung – kein amtliches Dokument'));
    assert.ok(text.includes('Seite 1 von 1'));
    assert.ok(text.includes('Stadt Strausberg') && text.includes('Bürgerbüro'));
  });

  test('the QR code drawn on the page is the code for the verification URL', async (t) => {
    if (!POPPLER.pdftoppm) return t.skip(missing('pdftoppm'));
    const { modules } = QRCode.create(doc.verificationUrl, { errorCorrectionLevel: 'M' });
    const file = join(dir, 'qr.pdf');
    await writeFile(file, pdf);
    const dpi = 600;
    const px = (pt: number) => Math.round((pt * dpi) / 72);
    const side = px(QR_BOX.side);
    const left = px(QR_BOX.x);
    const top = px(QR_BOX.pageHeight - QR_BOX.y - QR_BOX.side);
    // Grey PGM of exactly the QR box: "P5\n<w> <h>\n255\n" + one byte per pixel.
    const { stdout } = await run(
      'pdftoppm',
      ['-r', String(dpi), '-gray', '-x', String(left), '-y', String(top), '-W', String(side), '-H', String(side), file],
      { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 },
    );
    const header = stdout.subarray(0, 20).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+255\s/)!;
    const [width] = [Number(header[1])];
    const pixels = stdout.subarray(header[0].length);
    const n = modules.size;
    let mismatches = 0;
    for (let row = 0; row < n; row++) {
      for (let col = 0; col < n; col++) {
        const x = Math.floor(((col + 0.5) * side) / n);
        const y = Math.floor(((row + 0.5) * side) / n);
        const dark = pixels[y * width + x]! < 128;
        if (dark !== Boolean(modules.data[row * n + col])) mismatches++;
      }
    }
    assert.equal(mismatches, 0, `${mismatches} of ${n * n} modules differ`);
  });
});

describe('layout', () => {
  test('a name with six given names and a nobility prefix wraps inside the margin', async (t) => {
    if (!POPPLER.pdftotext) return t.skip(missing('pdftotext'));
    const given = 'Maximiliane Friederike Wilhelmine Georgine Ludovica Alexandrine';
    const family = 'Freifrau von und zu Hohenstein-Waldburg-Zeil-Trauchburg-Wolfegg';
    const pdf = await sealer.seal(content({ blocks: [{ kind: 'rows', heading: 'Angaben zur Person', rows: [['Name', `${given} ${family}`]] }] }));
    const html = await pdfText(pdf, dir, '-bbox');
    const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)];
    assert.ok(words.length > 20);
    for (const [, , xMax, word] of words) assert.ok(Number(xMax) <= TEXT_RIGHT_EDGE + 0.5, `"${word}" ends at ${xMax} > ${TEXT_RIGHT_EDGE}`);
    const text = await pdfText(pdf, dir);
    for (const word of `${given} ${family}`.split(' ')) assert.ok(text.includes(word), word);
  });

  test('a long Selbstauskunft breaks into pages, each with the full footer', async (t) => {
    const rows = Array.from({ length: 120 }, (_, i): [string, string] => [
      `Abruf am ${String((i % 28) + 1).padStart(2, '0')}.10.2026`,
      `Finanzamt Strausberg – Anschrift, Familienstand – Zweck: Besteuerung (§ 139b AO)${i % 9 === 0 ? ' – mit einer Erläuterung, die über mehrere Zeilen laufen muss, weil sie lang ist.' : ''}`,
    ]);
    const doc = content({
      type: 'SELBSTAUSKUNFT',
      title: 'Selbstauskunft nach Art. 15 DSGVO',
      blocks: [
        { kind: 'rows', heading: 'Automatisierte Abrufe', rows },
        { kind: 'text', heading: 'Ihre Rechte', paragraphs: Array.from({ length: 12 }, () => 'Sie können unrichtige Daten berichtigen lassen (§ 12 BMG) und sich bei der Landesbeauftragten für den Datenschutz beschweren.') },
      ],
    });
    const pdf = await sealer.seal(doc);
    const pages = (await PDFDocument.load(pdf)).getPageCount();
    assert.ok(pages >= 4, `${pages} pages`);
    const { byteRange, cms } = await signatureOf(pdf);
    assert.ok(verifyCms(cms, signedBytes(pdf, byteRange)).signatureValid);
    if (!POPPLER.pdftotext) return t.skip(missing('pdftotext'));
    const perPage = (await pdfText(pdf, dir)).split('\f').slice(0, pages);
    perPage.forEach((text, index) => {
      assert.ok(text.includes(`Seite ${index + 1} von ${pages}`), `page ${index + 1} number`);
      assert.ok(text.includes(doc.number) && text.includes(doc.verificationCode), `page ${index + 1} number and code`);
      assert.ok(text.includes('Testumgebung – kein amtliches Dokument'), `page ${index + 1} sandbox note`);
    });
    assert.ok(perPage[1]!.includes('Automatisierte Abrufe (Fortsetzung)'), 'table heading repeated on the next page');
    const all = perPage.join('\n');
    assert.equal(all.match(/Abruf am/g)?.length, 120, 'no row lost or duplicated across page breaks');
  });

  test('DIN 91379 sequences survive into the text layer', async (t) => {
    if (!POPPLER.pdftotext) return t.skip(missing('pdftotext'));
    const names = ['Ḳ̄ara', 'L̥̄idia', 'Ç̆ela', 'Ǿrsted', 'Ǆuro', 'Məmmədov', 'ẞTRASSE', 'K͟Haled', 'ō̍ma'];
    const pdf = await sealer.seal(content({ blocks: [{ kind: 'rows', heading: 'Namen', rows: names.map((n): [string, string] => ['Name', n]) }] }));
    const text = (await pdfText(pdf, dir)).normalize('NFC');
    for (const name of names) assert.ok(text.includes(name.normalize('NFC')), name);
    assert.ok(!text.includes('\ufffd'), 'no replacement character');
  });
});

describe('robustness', () => {
  test('a character outside the font becomes U+FFFD, not an invisible box; controls become spaces', async (t) => {
    const pdf = await sealer.seal(content({ blocks: [{ kind: 'text', paragraphs: ['Name: Li 漢 Wei\u0007Ende'] }] }));
    if (!POPPLER.pdftotext) return t.skip(missing('pdftotext'));
    const text = await pdfText(pdf, dir);
    assert.ok(text.includes('Li \ufffd Wei Ende'), text);
  });

  test('concurrent seals do not disturb each other', async () => {
    const docs = Array.from({ length: 8 }, (_, i) => content({ number: `MB-2026-00010${i}` }));
    const pdfs = await Promise.all(docs.map((doc) => sealer.seal(doc)));
    for (const pdf of pdfs) {
      const { byteRange, cms } = await signatureOf(pdf);
      const result = verifyCms(cms, signedBytes(pdf, byteRange));
      assert.ok(result.digestMatches && result.signatureValid);
    }
    if (POPPLER.pdftotext) {
      const texts = await Promise.all(pdfs.map((pdf) => pdfText(pdf, dir)));
      texts.forEach((text, i) => assert.ok(text.includes(docs[i]!.number) && text.includes(docs[i]!.verificationCode)));
    }
  });
});

describe('tagged PDF (PDF/UA-1)', () => {
  const SEAL_NOTE = [
    'Dieses Dokument wurde maschinell erstellt und mit einem elektronischen Siegel der ausstellenden Behörde versehen; ' +
      'es ist ohne Unterschrift gültig. Jede Veränderung der Datei macht das Siegel ungültig.',
    'Echtheit prüfen: Rufen Sie {url} auf oder scannen Sie den QR-Code in der Fußzeile. Prüfcode: {code}',
    'Hinweis: Dies ist ein Dokument der Testumgebung mit fiktiven Daten. Es ist mit einem Testzertifikat gesiegelt ' +
      'und hat keine Rechtswirkung.',
  ];
  /** A Meldebescheinigung with several rows blocks, a multi-line value and an empty one. */
  const certificate = content({
    title: 'Meldebescheinigung (erweitert)',
    blocks: [
      {
        kind: 'rows',
        heading: 'Angaben zur Person',
        rows: [
          ['Name', NAME.normalize('NFD')],
          ['Geburtsdatum', '14.03.1985'],
          ['Doktorgrad', ''],
        ],
      },
      {
        kind: 'rows',
        heading: 'Anschriften',
        rows: [
          ['Hauptwohnung', 'Große Straße 12\n15344 Strausberg'],
          ['Nebenwohnung', 'Am Anger 3\n15345 Eggersdorf'],
        ],
      },
      { kind: 'rows', heading: 'Staatsangehörigkeiten', rows: [['Staatsangehörigkeit', 'deutsch, polnisch']] },
      { kind: 'text', heading: 'Hinweis', paragraphs: ['Diese Bescheinigung ist nach § 18 Abs. 3 BMG gebührenfrei.'] },
    ],
  });
  /**
   * A Selbstauskunft over several pages in which a table row (a value longer than a page) and a
   * paragraph are broken by page breaks.
   */
  const longValue = Array.from({ length: 70 }, (_, i) => `Übermittlung ${i + 1} an die Meldebehörde Erkner`).join('\n');
  const longParagraph = Array.from(
    { length: 40 },
    (_, i) => `Satz ${i + 1}: Sie können unrichtige Daten berichtigen lassen und sich bei der Landesbeauftragten beschweren.`,
  ).join(' ');
  const selfDisclosure = content({
    type: 'SELBSTAUSKUNFT',
    title: 'Selbstauskunft nach Art. 15 DSGVO',
    blocks: [
      {
        kind: 'rows',
        heading: 'Automatisierte Abrufe',
        rows: Array.from({ length: 30 }, (_, i): [string, string] => [
          `Abruf am ${String(i + 1).padStart(2, '0')}.10.2026`,
          i === 20 ? longValue : 'Finanzamt Strausberg – Anschrift, Familienstand – Zweck: Besteuerung (§ 139b AO)',
        ]),
      },
      { kind: 'text', heading: 'Ihre Rechte', paragraphs: [longParagraph, 'Ende der Auskunft.'] },
    ],
  });

  let certificatePdf: Uint8Array;
  let selfDisclosurePdf: Uint8Array;
  before(async () => {
    [certificatePdf, selfDisclosurePdf] = await Promise.all([sealer.seal(certificate), sealer.seal(selfDisclosure)]);
  });

  const header = (doc: DocumentContent) => [
    'Document',
    `  P: ${doc.issuer.name}`,
    `  P: ${doc.issuer.office}`,
    `  P: ${doc.issuer.address}`,
    `  P: Amtlicher Gemeindeschlüssel ${doc.issuer.ags}`,
    '  Table',
    ...row('Dokumentnummer', doc.number),
    ...row('Ausgestellt am', formatIssueTime(doc.issuedAt)),
    ...row('Prüfcode', doc.verificationCode),
    `  H1: ${doc.title}`,
  ];
  const row = (label: string, value: string) => ['    TR', `      TH /Scope /Row: ${label}`, `      TD: ${value}`];
  const sealNote = (doc: DocumentContent) => [
    '  H2: Echtheit und elektronisches Siegel',
    ...SEAL_NOTE.map((p) => `  P: ${p.replace('{url}', doc.verificationUrl).replace('{code}', doc.verificationCode)}`),
    '  Form: [Object', // the seal's signature widget; its object number varies
  ];
  async function structText(pdf: Uint8Array): Promise<string[]> {
    const file = join(dir, `s-${Math.random().toString(36).slice(2)}.pdf`);
    await writeFile(file, pdf);
    const { stdout } = await run('pdfinfo', ['-struct-text', file], { maxBuffer: 16 * 1024 * 1024 });
    const lines = parseStructText(stdout).kids.flatMap((element) => outline(element));
    return lines.map((line) => line.replace(/^(  Form: \[Object) \d+ \d+\]$/, '$1'));
  }

  test('catalog, pages and XMP metadata declare a tagged PDF/UA-1 document', async (t) => {
    const loaded = await PDFDocument.load(certificatePdf, { updateMetadata: false });
    const { catalog } = loaded;
    assert.equal(catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))?.toString(), 'true');
    assert.equal(catalog.lookup(PDFName.of('Lang'), PDFString).decodeText(), 'de-DE');
    assert.equal(catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle'))?.toString(), 'true');
    const treeRoot = catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    assert.equal(treeRoot.lookup(PDFName.of('Type'), PDFName).decodeText(), 'StructTreeRoot');
    loaded.getPages().forEach((page, index) => {
      assert.equal(page.node.lookup(PDFName.of('Tabs'), PDFName).decodeText(), 'S', `page ${index + 1} /Tabs`);
      assert.equal(page.node.lookup(PDFName.of('StructParents'), PDFNumber).asNumber(), index, `page ${index + 1} /StructParents`);
    });
    const xmp = Buffer.from(decodeStream(catalog.lookup(PDFName.of('Metadata')))).toString('utf8');
    assert.match(xmp, /<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Meldebescheinigung \(erweitert\)<\/rdf:li>/);
    assert.match(xmp, /<pdfuaid:part>1<\/pdfuaid:part>/);
    for (const personal of ['Łukasz', 'Żółkiewski', '1985', 'Große Straße']) assert.ok(!xmp.includes(personal), personal);
    if (!POPPLER.pdfinfo) return t.skip(missing('pdfinfo'));
    const file = join(dir, 'tagged.pdf');
    await writeFile(file, certificatePdf);
    assert.match((await run('pdfinfo', [file])).stdout, /^Tagged:\s+yes$/m);
  });

  test('structure of a Meldebescheinigung: Document → P, Table, H1, H2 + Table per block, P, in reading order', async (t) => {
    if (!POPPLER.pdfinfo) return t.skip(missing('pdfinfo'));
    assert.deepEqual(await structText(certificatePdf), [
      ...header(certificate),
      '  H2: Angaben zur Person',
      '  Table',
      ...row('Name', NAME), // NFC, though the register delivered NFD
      ...row('Geburtsdatum', '14.03.1985'),
      ...row('Doktorgrad', '—'),
      '  H2: Anschriften',
      '  Table',
      ...row('Hauptwohnung', 'Große Straße 12 15344 Strausberg'),
      ...row('Nebenwohnung', 'Am Anger 3 15345 Eggersdorf'),
      '  H2: Staatsangehörigkeiten',
      '  Table',
      ...row('Staatsangehörigkeit', 'deutsch, polnisch'),
      '  H2: Hinweis',
      '  P: Diese Bescheinigung ist nach § 18 Abs. 3 BMG gebührenfrei.',
      ...sealNote(certificate),
    ]);
  });

  test('a Selbstauskunft over several pages: a row and a paragraph split by page breaks are one element each', async (t) => {
    const loaded = await PDFDocument.load(selfDisclosurePdf);
    const pages = loaded.getPageCount();
    assert.ok(pages >= 3, `${pages} pages`);
    // In the file: the long value's TD and the long paragraph's P have marked content on several pages.
    const tree = structureTree(loaded);
    const pagesOf = (element: Element) => new Set(element.content.map((c) => c.page)).size;
    const table = tree.kids.filter((kid) => kid.type === 'Table')[1]!;
    const longRow = table.kids[20]!;
    assert.deepEqual(longRow.kids.map((cell) => cell.type), ['TH', 'TD']);
    assert.ok(pagesOf(longRow.kids[1]!) >= 2, 'the 70-line value spans pages');
    const rightsHeading = tree.kids.filter((kid) => kid.type === 'H2')[1]!;
    const paragraph = tree.kids[tree.kids.indexOf(rightsHeading) + 1]!;
    assert.equal(paragraph.type, 'P');
    assert.ok(pagesOf(paragraph) >= 2, 'the long paragraph spans pages');

    if (!POPPLER.pdfinfo) return t.skip(missing('pdfinfo'));
    const rows = selfDisclosure.blocks[0]!.kind === 'rows' ? selfDisclosure.blocks[0]!.rows : [];
    assert.deepEqual(await structText(selfDisclosurePdf), [
      ...header(selfDisclosure),
      '  H2: Automatisierte Abrufe', // once: "(Fortsetzung)" on the next pages is an artifact
      '  Table',
      ...rows.flatMap(([label, value]) => row(label, value.replaceAll('\n', ' '))),
      '  H2: Ihre Rechte',
      `  P: ${longParagraph}`,
      '  P: Ende der Auskunft.',
      ...sealNote(selfDisclosure),
    ]);
  });

  test('every glyph is in tagged content or an artifact, every graphic an artifact (content streams parsed)', async () => {
    for (const pdf of [certificatePdf, selfDisclosurePdf]) {
      const loaded = await PDFDocument.load(pdf);
      const report = markedContent(loaded);
      assert.deepEqual(report.problems, []);
      assert.ok(report.text.tagged > 20 && report.text.artifact > 0, JSON.stringify(report.text));
      // MCIDs per page are 0, 1, 2, … in content order.
      report.mcids.forEach((mcids, page) => assert.deepEqual(mcids, mcids.map((_, i) => i), `page ${page + 1}`));
    }
  });

  test('parent tree, structure tree and content agree; elements start in content order', async () => {
    for (const pdf of [certificatePdf, selfDisclosurePdf]) {
      const loaded = await PDFDocument.load(pdf);
      const contentMcids = markedContent(loaded).mcids;
      const parents = parentTree(loaded);
      const tree = structureTree(loaded);
      const seen = contentMcids.map((mcids) => mcids.map(() => 0));
      const starts: number[] = [];
      const walk = (element: Element) => {
        for (const { page, mcid } of element.content) {
          assert.ok(page >= 0 && mcid < contentMcids[page]!.length, `${element.type}: MCID ${mcid} on page ${page + 1} exists`);
          assert.equal(parents.pages[page]![mcid], element.ref, `parent tree entry of MCID ${mcid} on page ${page + 1}`);
          seen[page]![mcid]!++;
        }
        const first = element.content[0];
        if (first) starts.push(first.page * 1e6 + first.mcid);
        element.kids.forEach(walk);
      };
      walk(tree);
      assert.ok(seen.flat().every((count) => count === 1), 'each MCID belongs to exactly one element');
      assert.deepEqual(starts, [...starts].sort((a, b) => a - b), 'structure order = content order');

      // The seal's widget: tagged as Form with a description, reachable through the parent tree.
      const pages = loaded.getPageCount();
      assert.equal(parents.nextKey, pages + 1);
      const form = tree.kids.at(-1)!;
      assert.equal(form.type, 'Form');
      assert.equal(parents.objects.get(pages), form.ref);
      const widget = loaded.context.lookup(form.objects[0], PDFDict);
      assert.equal(widget.lookup(PDFName.of('Subtype'), PDFName).decodeText(), 'Widget');
      assert.equal(widget.lookup(PDFName.of('StructParent'), PDFNumber).asNumber(), pages);
      assert.match(widget.lookup(PDFName.of('TU'), PDFHexString).decodeText(), /Siegel/);
    }
  });

  test('the content-stream check catches untagged text and graphics', async () => {
    const plain = await PDFDocument.create();
    const page = plain.addPage();
    page.drawText('untagged', { font: await plain.embedFont(StandardFonts.Helvetica) });
    page.drawLine({ start: { x: 0, y: 0 }, end: { x: 10, y: 0 } });
    const report = markedContent(await PDFDocument.load(await plain.save()));
    assert.equal(report.problems.length, 2, report.problems.join('\n'));
  });

  test('pdftotext still reads every page in visual order', async (t) => {
    if (!POPPLER.pdftotext) return t.skip(missing('pdftotext'));
    const text = await pdfText(selfDisclosurePdf, dir);
    assert.ok(text.includes('Automatisierte Abrufe (Fortsetzung)'), 'the repeated heading is still printed and extractable');
    assert.ok(text.indexOf('Übermittlung 1 an') < text.indexOf('Übermittlung 70 an'));
    assert.ok(text.indexOf('Satz 1:') < text.indexOf('Satz 40:'));
  });
});

describe('performance', () => {
  test('one-page seal: median well under 200 ms after warm-up', async (t) => {
    const doc = content();
    for (let i = 0; i < 3; i++) await sealer.seal(doc);
    const times: number[] = [];
    for (let i = 0; i < 21; i++) {
      const start = performance.now();
      await sealer.seal(doc);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const median = times[10]!;
    t.diagnostic(`seal() 1 page: median ${median.toFixed(1)} ms, min ${times[0]!.toFixed(1)} ms, max ${times[20]!.toFixed(1)} ms (21 runs)`);
    assert.ok(median < 200, `median ${median.toFixed(1)} ms`);
  });
});
