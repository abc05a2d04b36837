import { createHash, createPrivateKey, sign as rsaSign, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { P12Signer } from '@signpdf/signer-p12';
import { parseP12, SANDBOX_P12_PASSPHRASE } from './seal-certificate.ts';

/**
 * A CMS signer for PAdES baseline B-B signatures (SubFilter ETSI.CAdES.detached).
 *
 * Why not the stock P12Signer.sign: it (a) parses and decrypts the PKCS#12 again for every
 * document and signs with forge's pure-JS RSA — together far more than our 200 ms budget per
 * PDF — and (b) builds a plain PKCS#7 signature: with a signing-time attribute (which PAdES
 * forbids; the time is the /M entry of the signature dictionary) and without the
 * ESS signing-certificate-v2 attribute (which PAdES/CAdES require, binding the certificate to
 * the signature). So this class keeps P12Signer's input handling (it *is* a P12Signer, and so
 * an @signpdf Signer) but parses the key once and signs natively with Node's crypto.
 *
 * CMS structure produced (RFC 5652, ETSI EN 319 122-1 baseline B-B):
 *   ContentInfo { signedData, SignedData {
 *     version 1, digestAlgorithms { sha256 }, encapContentInfo { data } (detached),
 *     certificates [0] { seal certificate },
 *     signerInfos { SignerInfo { version 1, issuerAndSerialNumber, sha256,
 *       signedAttrs [0] { contentType = data, messageDigest, signingCertificateV2 },
 *       sha256WithRSAEncryption, signature } } } }
 */

const { asn1 } = forge;
const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha256WithRSAEncryption: '1.2.840.113549.1.1.11',
};

type Asn1 = forge.asn1.Asn1;
const seq = (value: Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, value);
const set = (value: Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, value);
const oid = (id: string) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(id).getBytes());
const int = (n: number) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, asn1.integerToDer(n).getBytes());
const octets = (bytes: Buffer) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, bytes.toString('binary'));
const nul = () => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, '');
const der = (node: Asn1) => Buffer.from(asn1.toDer(node).getBytes(), 'binary');
const fromDer = (bytes: Buffer) => asn1.fromDer(bytes.toString('binary'));

/** Attribute ::= SEQUENCE { attrType OID, attrValues SET OF value } */
const attribute = (type: string, value: Asn1) => seq([oid(type), set([value])]);

export class CadesSigner extends P12Signer {
  private readonly key: KeyObject;
  private readonly certificateDer: Buffer;
  private readonly issuerAndSerial: Buffer;
  private readonly signingCertificateV2: Buffer;

  constructor(p12: Buffer) {
    super(p12, { passphrase: SANDBOX_P12_PASSPHRASE });
    const { privateKey, certificate } = parseP12(p12);
    this.key = createPrivateKey(forge.pki.privateKeyToPem(privateKey));
    this.certificateDer = der(forge.pki.certificateToAsn1(certificate));

    // Issuer Name and serial taken from the encoded certificate itself, byte for byte.
    const tbs = (fromDer(this.certificateDer).value as Asn1[])[0]!.value as Asn1[];
    const [serial, , issuer] = tbs.slice(1); // [0] is the explicit version tag
    this.issuerAndSerial = der(seq([issuer!, serial!]));

    // ESSCertIDv2 with the default hash algorithm (SHA-256), which DER requires to be omitted;
    // no issuerSerial, as EN 319 122-1 recommends.
    const certHash = createHash('sha256').update(this.certificateDer).digest();
    this.signingCertificateV2 = der(attribute(OID.signingCertificateV2, seq([seq([seq([octets(certHash)])])])));
  }

  /** Signs the PDF's byte ranges (everything but the /Contents placeholder). */
  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    const digest = createHash('sha256').update(pdfBuffer).digest();
    const attributes = [
      der(attribute(OID.contentType, oid(OID.data))),
      der(attribute(OID.messageDigest, octets(digest))),
      this.signingCertificateV2,
    ].sort(Buffer.compare); // DER: a SET OF is sorted by the encodings of its elements
    const signedAttrsSet = der(set(attributes.map(fromDer)));
    // The signature covers the attributes encoded as a SET (tag 0x31); in SignerInfo they are
    // stored with the implicit [0] tag instead.
    const signature = rsaSign('sha256', signedAttrsSet, this.key);
    const signedAttrs = Buffer.from(signedAttrsSet);
    signedAttrs[0] = 0xa0;

    const sha256 = seq([oid(OID.sha256)]); // parameters absent (RFC 5754)
    const signerInfo = seq([
      int(1),
      fromDer(this.issuerAndSerial),
      sha256,
      fromDer(signedAttrs),
      seq([oid(OID.sha256WithRSAEncryption), nul()]),
      octets(signature),
    ]);
    const signedData = seq([
      int(1),
      set([seq([oid(OID.sha256)])]),
      seq([oid(OID.data)]),
      asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [fromDer(this.certificateDer)]),
      set([signerInfo]),
    ]);
    return der(seq([oid(OID.signedData), asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [signedData])]));
  }
}
