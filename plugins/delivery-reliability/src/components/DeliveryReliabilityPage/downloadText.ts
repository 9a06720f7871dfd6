/**
 * Saves text as a file through a Blob and a temporary object URL, so the
 * export needs no second request and holds exactly the rows on screen.
 */
export function downloadText(text: string, fileName: string, mimeType: string) {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked on the next tick: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
