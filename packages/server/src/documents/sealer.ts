import { SignPdf } from '@signpdf/signpdf';
import type { PDFRef } from 'pdf-lib';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { CadesSigner } from './cades-signer.ts';
import { preloadFonts } from './fonts.ts';
import { renderDocument } from './render.ts';
import { loadOrCreateSealIdentity } from './seal-certificate.ts';
import { tagAnnotation } from './tagging.ts';
import { timeStamperFor, type TimeStamper } from './timestamp/index.ts';
import type { DocumentContent, Sealer } from './types.ts';

/** PAdES baseline signature format; see CadesSigner for what it takes to deserve the name. */
export const SUB_FILTER = 'ETSI.CAdES.detached';
/**
 * Bytes reserved for the CMS in /Contents. Ours is ~1.6 kB (RSA-3072 certificate + signature)
 * plus the signature timestamp token (~1.5 kB from the sandbox TSA, its certificate included; a
 * real TSA's token with a chain can be 3–5 kB). Too little space makes @signpdf refuse to sign.
 */
const SIGNATURE_SPACE = 8192;

export interface SealerOptions {
  dataDir: string;
  sealName?: string | undefined;
  /** RFC 3161 TSA for the signature timestamps (`VOIS_TSA_URL`); empty/unset: the in-process sandbox TSA of dataDir. */
  tsaUrl?: string | undefined;
  /** Overrides `tsaUrl` (tests: a TSA that fails). Not for worker threads: functions do not cross. */
  timeStamper?: TimeStamper | undefined;
}

/**
 * Loads or, on first start, generates the sandbox seal key+certificate in `dataDir`
 * (files seal.p12 / seal.pem; 0600) and, without `tsaUrl`, the sandbox TSA's (tsa.key / tsa.pem),
 * warms the fonts, and returns the sealer.
 */
export async function createSealer(options: SealerOptions): Promise<Sealer> {
  const sealName = options.sealName ?? 'Referenzserver';
  const identity = await loadOrCreateSealIdentity(options.dataDir, sealName);
  const tsa = options.timeStamper ? { stamper: options.timeStamper } : await timeStamperFor(options);
  const signer = new CadesSigner(identity.p12, tsa.stamper);
  const signPdf = new SignPdf();
  const signerName = identity.certificate.subject.getField('CN')?.value as string;
  preloadFonts();

  const sealWith = async (withSigner: CadesSigner, content: DocumentContent): Promise<Uint8Array> => {
    const doc = await renderDocument(content);
    // Invisible signature field on page 1: the visible evidence is the footer and the QR code;
    // a PDF viewer shows the seal in its signature panel.
    pdflibAddPlaceholder({
      pdfDoc: doc,
      reason: 'Elektronisches Siegel',
      location: content.issuer.name,
      name: signerName,
      contactInfo: `${content.issuer.office}, ${content.issuer.address}`,
      signingTime: new Date(),
      subFilter: SUB_FILTER,
      signatureLength: SIGNATURE_SPACE,
      appName: 'VOIS-Online Referenzserver',
    });
    // PDF/UA: the signature widget, too, belongs to the structure (a Form element) and has a
    // description; it is the last annotation the placeholder put on page 1.
    const widget = doc.getPage(0).node.Annots()!.asArray().at(-1) as PDFRef;
    tagAnnotation(doc, widget, 'Form', 'Elektronisches Siegel der ausstellenden Behörde');
    // No object streams: the placeholder must stay findable as plain text for signing.
    // objectsPerTick: pdf-lib otherwise yields with setTimeout every 50 objects (≥1 ms each).
    const unsigned = await doc.save({ useObjectStreams: false, objectsPerTick: Number.MAX_SAFE_INTEGER });
    const signed = await signPdf.sign(Buffer.from(unsigned.buffer, unsigned.byteOffset, unsigned.byteLength), withSigner);
    return new Uint8Array(signed.buffer, signed.byteOffset, signed.byteLength);
  };

  // One throw-away document: the first real request would otherwise pay ~200 ms for JIT and
  // lazily parsed font tables instead of ~20 ms. Stamped by the sandbox TSA when that is the
  // one in use (warming it too), else by a stand-in: a start-up (or a replaced sealing thread)
  // must not depend on a remote TSA being reachable, nor spend one of its tokens.
  await sealWith(tsa.sandbox ? signer : signer.withTimeStamper(WARM_UP_STAMPER), WARM_UP);

  const sealer: Sealer = {
    certificatePem: identity.certificatePem,
    certificateFingerprint: identity.fingerprint,
    seal: (content) => sealWith(signer, content),
  };
  return sealer;
}

/** An empty SEQUENCE where the token would be: as good as a token for warming up, never issued. */
const WARM_UP_STAMPER: TimeStamper = { stamp: async () => Buffer.from([0x30, 0x00]) };

const WARM_UP: DocumentContent = {
  type: 'MELDEBESCHEINIGUNG',
  title: 'Meldebescheinigung (einfach)',
  number: 'MB-0000-000000',
  verificationCode: 'AAAA-AAAA-AAAA',
  verificationUrl: 'http://127.0.0.1/pruefen/AAAA-AAAA-AAAA',
  issuedAt: new Date(0),
  issuer: { ags: '00000000', name: 'Musterstadt', office: 'Bürgerbüro', address: 'Musterstraße 1, 00000 Musterstadt' },
  blocks: [
    { kind: 'rows', heading: 'Angaben zur Person', rows: [['Name', 'Erika Mustermann'], ['Geburtsdatum', '12.08.1964']] },
    { kind: 'text', heading: 'Hinweis', paragraphs: ['Dieses Dokument dient nur dem Aufwärmen des Dienstes.'] },
  ],
};
