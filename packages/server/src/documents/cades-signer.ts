import { createHash, createPrivateKey, sign as rsaSign, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { P12Signer } from '@signpdf/signer-p12';
import { attribute, children, context, int, nul, octets, oid, readOne, seq, setOf, tlv } from './der.ts';
import { OID } from './oids.ts';
import { parseP12, SANDBOX_P12_PASSPHRASE } from './seal-certificate.ts';
import type { TimeStamper } from './timestamp/rfc3161.ts';

/**
 * A CMS signer for PAdES baseline B-T signatures (SubFilter ETSI.CAdES.detached).
 *
 * Why not the stock P12Signer.sign: it (a) parses and decrypts the PKCS#12 again for every
 * document and signs with forge's pure-JS RSA — together far more than our 200 ms budget per
 * PDF — and (b) builds a plain PKCS#7 signature: with a signing-time attribute (which PAdES
 * forbids; the time is the /M entry of the signature dictionary) and without the
 * ESS signing-certificate-v2 attribute (which PAdES/CAdES require, binding the certificate to
 * the signature). So this class keeps P12Signer's input handling (it *is* a P12Signer, and so
 * an @signpdf Signer) but parses the key once and signs natively with Node's crypto.
 *
 * B-T over B-B: the signer's own claim of the time (/M) proves nothing once its certificate has
 * expired; a signature timestamp from a time-stamping authority over the signature value does.
 *
 * CMS structure produced (RFC 5652, ETSI EN 319 122-1 baseline B-T):
 *   ContentInfo { signedData, SignedData {
 *     version 1, digestAlgorithms { sha256 }, encapContentInfo { data } (detached),
 *     certificates [0] { seal certificate },
 *     signerInfos { SignerInfo { version 1, issuerAndSerialNumber, sha256,
 *       signedAttrs [0] { contentType = data, messageDigest, signingCertificateV2 },
 *       sha256WithRSAEncryption, signature,
 *       unsignedAttrs [1] { signatureTimeStampToken = TimeStampToken over SHA-256(signature) } } } } }
 */

/** What is derived from the PKCS#12 once (decrypting it costs tens of ms). */
interface KeyMaterial {
  key: KeyObject;
  certificateDer: Buffer;
  issuerAndSerial: Buffer;
  signingCertificateV2: Buffer;
}

function keyMaterial(p12: Buffer): KeyMaterial {
  const { privateKey, certificate } = parseP12(p12);
  const certificateDer = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes(), 'binary');
  // Issuer Name and serial taken from the encoded certificate itself, byte for byte.
  const tbs = children(children(readOne(certificateDer))[0]!);
  const [serial, , issuer] = tbs.slice(1); // [0] is the explicit version tag
  // ESSCertIDv2 with the default hash algorithm (SHA-256), which DER requires to be omitted;
  // no issuerSerial, as EN 319 122-1 recommends.
  const certHash = createHash('sha256').update(certificateDer).digest();
  return {
    key: createPrivateKey(forge.pki.privateKeyToPem(privateKey)),
    certificateDer,
    issuerAndSerial: seq(issuer!.bytes, serial!.bytes),
    signingCertificateV2: attribute(OID.signingCertificateV2, seq(seq(seq(octets(certHash))))),
  };
}

export class CadesSigner extends P12Signer {
  private readonly material: KeyMaterial;

  constructor(
    private readonly p12: Buffer,
    private readonly timeStamper: TimeStamper,
    material?: KeyMaterial,
  ) {
    super(p12, { passphrase: SANDBOX_P12_PASSPHRASE });
    this.material = material ?? keyMaterial(p12);
  }

  /** The same key with another time-stamping authority (the sealer's warm-up). */
  withTimeStamper(timeStamper: TimeStamper): CadesSigner {
    return new CadesSigner(this.p12, timeStamper, this.material);
  }

  /**
   * Signs the PDF's byte ranges (everything but the /Contents placeholder). Rejects with the
   * time stamper's error if no timestamp can be had: no B-T signature without its token.
   */
  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    const m = this.material;
    const digest = createHash('sha256').update(pdfBuffer).digest();
    const signedAttrsSet = setOf(
      attribute(OID.contentType, oid(OID.data)),
      attribute(OID.messageDigest, octets(digest)),
      m.signingCertificateV2,
    );
    // The signature covers the attributes encoded as a SET (tag 0x31); in SignerInfo they are
    // stored with the implicit [0] tag instead.
    const signature = rsaSign('sha256', signedAttrsSet, m.key);
    const signedAttrs = Buffer.concat([Buffer.from([0xa0]), signedAttrsSet.subarray(1)]);

    // ETSI EN 319 122-1 § 5.3: the timestamp is over the value of the signature field.
    const token = await this.timeStamper.stamp(createHash('sha256').update(signature).digest());
    // unsignedAttrs [1] IMPLICIT SET OF Attribute; the token embedded byte for byte as received.
    const unsignedAttrs = tlv(0xa1, attribute(OID.signatureTimeStampToken, token));

    const sha256 = seq(oid(OID.sha256)); // parameters absent (RFC 5754)
    const signerInfo = seq(
      int(1),
      m.issuerAndSerial,
      sha256,
      signedAttrs,
      seq(oid(OID.sha256WithRSAEncryption), nul()),
      octets(signature),
      unsignedAttrs,
    );
    const signedData = seq(int(1), setOf(sha256), seq(oid(OID.data)), context(0, m.certificateDer), setOf(signerInfo));
    return seq(oid(OID.signedData), context(0, signedData));
  }
}
