import { vi } from 'vitest';

/**
 * Catches the file a component downloads (a Blob behind an object URL, clicked through an anchor),
 * since jsdom neither creates object URLs nor navigates.
 */
export function captureCsvDownload() {
  let blob: Blob | undefined;
  let filename: string | undefined;
  URL.createObjectURL ??= () => '';
  URL.revokeObjectURL ??= () => {};
  vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
    blob = object as Blob;
    return 'blob:download';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    filename = this.download;
  });
  return {
    filename: () => filename,
    text: async () => (blob ? blob.text() : undefined),
    /** Rows of the CSV as arrays of cells (no quoted commas in the fixtures that use this). */
    rows: async () => (blob ? (await blob.text()).split('\r\n').map((line) => line.split(',')) : []),
  };
}
