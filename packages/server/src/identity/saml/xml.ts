import { createRequire } from 'node:module';

/**
 * `@xmldom/xmldom` and `xpath` (the XML stack node-saml itself uses), loaded with `require` and
 * typed here: their published `.d.ts` files carry `/// <reference lib="dom" />`, which would pull
 * the browser DOM types into the server's program (it uses Node's fetch types) and break
 * unrelated code. Only what the SAML adapter and its test IdP use is declared.
 */
export interface XmlNode {
  localName: string | null;
  namespaceURI: string | null;
  toString(): string;
}
export interface XmlText extends XmlNode {
  data: string;
}
export interface XmlAttr extends XmlNode {
  value: string;
}
export interface XmlElement extends XmlNode {
  getAttribute(name: string): string | null;
  getAttributeNS(namespace: string, name: string): string;
}
export interface XmlDocument extends XmlNode {
  documentElement: XmlElement | null;
}
interface ErrorHandler {
  warning?: (msg: string) => void;
  error?: (msg: string) => void;
  fatalError?: (msg: string) => void;
}

const require = createRequire(import.meta.url);
const xmldom = require('@xmldom/xmldom') as { DOMParser: new (options?: { errorHandler?: ErrorHandler }) => { parseFromString(source: string, mimeType: string): XmlDocument | undefined } };
const xpath = require('xpath') as { useNamespaces(namespaces: Record<string, string>): (expression: string, node: XmlNode) => XmlNode[] };

/** Parses XML; `undefined` when it is not well-formed (no partial documents). */
export function parseXml(xml: string): XmlDocument | undefined {
  let failed = false;
  const fail = () => void (failed = true);
  const doc = new xmldom.DOMParser({ errorHandler: { error: fail, fatalError: fail } }).parseFromString(xml, 'text/xml');
  return failed || !doc?.documentElement ? undefined : doc;
}

export const xpathWith = xpath.useNamespaces;
