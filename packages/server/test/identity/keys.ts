import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';

/** An RSA key with a self-signed certificate (PEM), as the IdP and the SP each have one. */
export function keyAndCertificate(commonName: string): { keyPem: string; certPem: string; certBase64: string } {
  // Node's native generator: forge's pure-JS one takes seconds per key.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const key = forge.pki.privateKeyFromPem(privateKey);
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = '01' + forge.util.bytesToHex(forge.random.getBytesSync(8));
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 365 * 86_400_000);
  const name = [{ name: 'commonName', value: commonName }];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.sign(key, forge.md.sha256.create());
  const certPem = forge.pki.certificateToPem(cert).replace(/\r\n/g, '\n');
  return { keyPem: privateKey, certPem, certBase64: certPem.replace(/-----[^-]+-----|\s/g, '') };
}
