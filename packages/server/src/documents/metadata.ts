import { PDFName, type PDFDocument } from 'pdf-lib';

export interface Description {
  title: string;
  author: string;
  creator: string;
  producer: string;
  language: string;
  date: Date;
}

/**
 * Document metadata, written twice with the same values: in the Info dictionary (what most
 * viewers show) and as an XMP packet in the catalog (what PDF/UA-1 7.1 requires: dc:title, and
 * the pdfuaid:part identification that tells assistive technology and checkers the file means
 * to be PDF/UA-1). The viewer shows the title, not the file name (DisplayDocTitle).
 *
 * Metadata is visible to anyone who gets the file and often indexed: the caller passes the
 * title and the issuing authority only, never the person.
 */
export function setMetadata(doc: PDFDocument, d: Description): void {
  doc.setTitle(d.title, { showInWindowTitleBar: true });
  doc.setLanguage(d.language);
  doc.setAuthor(d.author);
  doc.setCreator(d.creator);
  doc.setProducer(d.producer);
  doc.setCreationDate(d.date);
  doc.setModificationDate(d.date);

  const date = d.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const xmp = `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(d.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${escapeXml(d.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:language><rdf:Bag><rdf:li>${escapeXml(d.language)}</rdf:li></rdf:Bag></dc:language>
   <pdf:Producer>${escapeXml(d.producer)}</pdf:Producer>
   <xmp:CreatorTool>${escapeXml(d.creator)}</xmp:CreatorTool>
   <xmp:CreateDate>${date}</xmp:CreateDate>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <xmp:MetadataDate>${date}</xmp:MetadataDate>
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
  // Uncompressed, so that tools which look for the packet without parsing the PDF find it.
  const stream = doc.context.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);
