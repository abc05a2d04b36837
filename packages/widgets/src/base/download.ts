/**
 * Hands a downloaded file to the browser: Blob → object URL → `<a download>` click. The PDF
 * was fetched with the bearer header, so no token ever appears in a URL, a history entry or
 * a server log. The object URL is revoked once the browser had time to start the download.
 */
export function saveBlob(blob: Blob, filename: string, container: Node): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  container.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
