/** Saves a file through a download link: no `downloads` permission needed on an extension page. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has the blob once the download starts; let it go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
