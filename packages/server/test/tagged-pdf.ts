/**
 * Test helpers that read a tagged PDF back independently of the code that wrote it: a small
 * content-stream tokenizer (pdf-lib decodes the streams but does not parse operators), the
 * structure tree as pdf-lib objects, and poppler's `pdfinfo -struct-text` as a tree.
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  decodePDFRawStream,
  type PDFObject,
  type PDFPage,
} from 'pdf-lib';

type Token = { kind: 'operand'; value: string } | { kind: 'operator'; value: string };

const WHITE = new Set([0, 9, 10, 12, 13, 32]);
const DELIMITERS = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));

/** Operators and operands of a content stream (PDF 32000-1 7.8.2); enough for what we write. */
export function tokenize(bytes: Uint8Array): Token[] {
  const tokens: Token[] = [];
  const text = Buffer.from(bytes).toString('latin1');
  let i = 0;
  const operand = (value: string) => tokens.push({ kind: 'operand', value });
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (WHITE.has(c)) i++;
    else if (text[i] === '%') while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    else if (text[i] === '(') {
      let depth = 0;
      const start = i;
      do {
        if (text[i] === '\\') i++;
        else if (text[i] === '(') depth++;
        else if (text[i] === ')') depth--;
        i++;
      } while (depth > 0 && i < text.length);
      operand(text.slice(start, i));
    } else if (text.startsWith('<<', i) || text.startsWith('>>', i)) {
      operand(text.slice(i, i + 2));
      i += 2;
    } else if (text[i] === '<') {
      const end = text.indexOf('>', i);
      operand(text.slice(i, end + 1));
      i = end + 1;
    } else if (text[i] === '[' || text[i] === ']') operand(text[i++]!);
    else {
      const start = i;
      i++;
      while (i < text.length && !WHITE.has(text.charCodeAt(i)) && !DELIMITERS.has(text.charCodeAt(i))) i++;
      const word = text.slice(start, i);
      if (word.startsWith('/') || /^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) || ['true', 'false', 'null'].includes(word)) operand(word);
      else tokens.push({ kind: 'operator', value: word });
    }
  }
  return tokens;
}

const TEXT_SHOWING = new Set(['Tj', 'TJ', "'", '"']);
const PAINTING = new Set(['f', 'F', 'f*', 'S', 's', 'B', 'B*', 'b', 'b*', 'sh', 'Do', 'BI']);

export interface MarkedContentReport {
  /** Per page (index): MCIDs in content order. */
  mcids: number[][];
  /** Counts of text-showing operators inside MCID sequences and inside artifacts. */
  text: { tagged: number; artifact: number };
  problems: string[];
}

function pageContents(page: PDFPage): Uint8Array[] {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  return streams.map((stream) => decodePDFRawStream(stream as PDFRawStream).decode());
}

/**
 * Walks every content stream and reports content outside the two kinds of marked content a
 * tagged PDF may have: an MCID sequence (real content, tied to a structure element) or an
 * Artifact. Text must be in one of them, graphics (the documents have no figures) in an
 * artifact; the two kinds must not nest in each other.
 */
export function markedContent(doc: PDFDocument): MarkedContentReport {
  const report: MarkedContentReport = { mcids: [], text: { tagged: 0, artifact: 0 }, problems: [] };
  doc.getPages().forEach((page, index) => {
    const mcids: number[] = [];
    report.mcids.push(mcids);
    for (const bytes of pageContents(page)) {
      const stack: Array<'content' | 'artifact' | 'other'> = [];
      let operands: string[] = [];
      for (const token of tokenize(bytes)) {
        if (token.kind === 'operand') {
          operands.push(token.value);
          continue;
        }
        const op = token.value;
        const inContent = stack.includes('content');
        const inArtifact = stack.includes('artifact');
        const where = `page ${index + 1}: ${op}`;
        if (op === 'BMC' || op === 'BDC') {
          const mcidAt = operands.indexOf('/MCID');
          const kind = operands[0] === '/Artifact' ? 'artifact' : mcidAt >= 0 ? 'content' : 'other';
          if (kind !== 'other' && (inContent || inArtifact)) report.problems.push(`${where} ${operands[0]} nested in tagged content or artifact`);
          if (kind === 'content') mcids.push(Number(operands[mcidAt + 1]));
          stack.push(kind);
        } else if (op === 'EMC') {
          if (!stack.pop()) report.problems.push(`${where} without BMC/BDC`);
        } else if (TEXT_SHOWING.has(op)) {
          if (inContent) report.text.tagged++;
          else if (inArtifact) report.text.artifact++;
          else report.problems.push(`${where} text outside marked content: ${operands.join(' ').slice(0, 60)}`);
        } else if (PAINTING.has(op)) {
          if (!inArtifact) report.problems.push(`${where} graphics outside an artifact`);
        }
        operands = [];
      }
      if (stack.length > 0) report.problems.push(`page ${index + 1}: ${stack.length} marked-content sequences left open`);
    }
  });
  return report;
}

export interface Element {
  type: string;
  ref: PDFRef;
  attributes: Record<string, string>;
  /** Marked content of this element, page index and MCID. */
  content: Array<{ page: number; mcid: number }>;
  /** Annotations (object references). */
  objects: PDFRef[];
  kids: Element[];
}

/** The structure tree as written, read with pdf-lib from the catalog down. */
export function structureTree(doc: PDFDocument): Element {
  const { context } = doc;
  const pages = doc.getPages().map((page) => page.ref);
  const pageIndex = (ref: PDFObject | undefined) => pages.findIndex((page) => page === ref);
  const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);

  const read = (ref: PDFRef): Element => {
    const dict = context.lookup(ref, PDFDict);
    const pg = dict.get(PDFName.of('Pg'));
    const attributes: Record<string, string> = {};
    const a = dict.lookupMaybe(PDFName.of('A'), PDFDict);
    for (const [key, value] of a?.entries() ?? []) attributes[key.decodeText()] = value instanceof PDFName ? value.decodeText() : String(value);
    const element: Element = { type: dict.lookup(PDFName.of('S'), PDFName).decodeText(), ref, attributes, content: [], objects: [], kids: [] };
    const k = dict.get(PDFName.of('K'));
    const kids = k instanceof PDFArray ? k.asArray() : k ? [k] : [];
    for (const kid of kids) {
      if (kid instanceof PDFNumber) element.content.push({ page: pageIndex(pg), mcid: kid.asNumber() });
      else if (kid instanceof PDFRef && context.lookup(kid) instanceof PDFDict && context.lookup(kid, PDFDict).has(PDFName.of('S'))) {
        element.kids.push(read(kid));
      } else {
        const mcr = context.lookup(kid, PDFDict);
        const type = mcr.lookup(PDFName.of('Type'), PDFName).decodeText();
        if (type === 'MCR') {
          element.content.push({ page: pageIndex(mcr.get(PDFName.of('Pg')) ?? pg), mcid: mcr.lookup(PDFName.of('MCID'), PDFNumber).asNumber() });
        } else if (type === 'OBJR') element.objects.push(mcr.get(PDFName.of('Obj')) as PDFRef);
        else throw new Error(`unexpected kid ${type}`);
      }
    }
    return element;
  };
  return read(root.get(PDFName.of('K')) as PDFRef);
}

/** What the parent tree says: for page `index`, the element ref of each MCID. */
export function parentTree(doc: PDFDocument): { pages: PDFRef[][]; objects: Map<number, PDFRef>; nextKey: number } {
  const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const nums = root.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray).asArray();
  const byKey = new Map<number, PDFObject>();
  for (let i = 0; i < nums.length; i += 2) byKey.set((nums[i] as PDFNumber).asNumber(), nums[i + 1]!);
  const pages = doc.getPages().map((page) => {
    const key = page.node.lookup(PDFName.of('StructParents'), PDFNumber).asNumber();
    const array = doc.context.lookup(byKey.get(key), PDFArray);
    byKey.delete(key);
    return array.asArray() as PDFRef[];
  });
  return {
    pages,
    objects: new Map([...byKey].map(([key, value]) => [key, value as PDFRef])),
    nextKey: root.lookup(PDFName.of('ParentTreeNextKey'), PDFNumber).asNumber(),
  };
}

export interface StructText {
  type: string;
  attributes: string[];
  text: string;
  kids: StructText[];
}

/**
 * Parses `pdfinfo -struct-text` (poppler 22): one element per line, indented two spaces per
 * level, `TH:` followed by attribute lines (`/Scope /Row`), the element's text in quotes, and
 * `Object n 0` for an annotation.
 */
export function parseStructText(output: string): StructText {
  const root: StructText = { type: '(root)', attributes: [], text: '', kids: [] };
  const stack: Array<{ depth: number; node: StructText }> = [{ depth: -1, node: root }];
  for (const raw of output.split('\n')) {
    if (!raw.trim()) continue;
    const depth = raw.length - raw.trimStart().length;
    const line = raw.trim();
    while (stack.length > 1 && stack.at(-1)!.depth >= depth) stack.pop();
    const parent = stack.at(-1)!.node;
    const text = /^"(.*)"$/s.exec(line);
    if (text) parent.text += text[1];
    else if (line.startsWith('/')) parent.attributes.push(line);
    else if (/^Object \d+ \d+$/.test(line)) parent.text += `[${line}]`;
    else {
      const element = /^(\w+):?(?: \((?:block|inline)\))?$/.exec(line);
      if (!element) throw new Error(`unexpected struct-text line: ${raw}`);
      const node: StructText = { type: element[1]!, attributes: [], text: '', kids: [] };
      parent.kids.push(node);
      stack.push({ depth, node });
    }
  }
  return root;
}

/** "Type: text" per element in document order, indented by depth; easy to compare and to read in a failure. */
export function outline(node: StructText, depth = 0): string[] {
  const attributes = node.attributes.length ? ` ${node.attributes.join(' ')}` : '';
  const self = `${'  '.repeat(depth)}${node.type}${attributes}${node.text ? `: ${node.text}` : ''}`;
  return [self, ...node.kids.flatMap((kid) => outline(kid, depth + 1))];
}
