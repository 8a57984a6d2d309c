/**
 * How big a tabular file Lobby reads, whatever it claims: a small file can still be a trap (one
 * cell in column XFD makes every row 16,384 cells wide; a zip bomb unpacks to gigabytes). Such a
 * file is refused at once with a message that says why.
 */
import yauzl from 'yauzl';
import { ImportProblem } from './problems';

export const tableLimits = {
  /** Columns a row may reach; registers and exports have a few dozen. */
  columns: 500,
  /** Rows of a register (staff list, tag register, visitor log); exports stream and have none. */
  registerRows: 200_000,
  /** All parts of a workbook, unpacked. */
  workbookBytes: 1024 * 1024 * 1024,
  /** Unpacked against packed size: spreadsheets reach 10–30, bombs thousands. */
  compressionRatio: 250,
};

/** 1 → A, 27 → AA, 16384 → XFD. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function tooManyColumns(row: number, column: number): ImportProblem {
  return new ImportProblem(
    'too_many_columns',
    row,
    columnLetters(column),
    `Row ${row} has a cell in column ${columnLetters(column)}; Lobby reads up to ${tableLimits.columns} columns. Remove what is beyond the table and save again.`,
  );
}

/**
 * Reads the workbook's table of contents (not its contents) and refuses one that would unpack to
 * more than the limits allow.
 */
export function checkWorkbookSize(
  file: string,
  limits: Pick<typeof tableLimits, 'workbookBytes' | 'compressionRatio'> = tableLimits,
): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: true }, (err, zip) => {
      if (err || !zip) return reject(damaged());
      let unpacked = 0;
      let packed = 0;
      zip.on('entry', (entry: yauzl.Entry) => {
        unpacked += entry.uncompressedSize;
        packed += entry.compressedSize;
        zip.readEntry();
      });
      zip.on('end', () => {
        if (unpacked > limits.workbookBytes || unpacked > packed * limits.compressionRatio + 1e6) {
          reject(
            new ImportProblem(
              'xlsx',
              null,
              null,
              `The workbook would unpack to ${Math.round(unpacked / 1e6)} MB; Lobby reads workbooks up to ${Math.round(limits.workbookBytes / 1e6)} MB that are not packed more than ${limits.compressionRatio} times.`,
            ),
          );
        } else resolve();
      });
      zip.on('error', () => reject(damaged()));
      zip.readEntry();
    });
  });
}

const damaged = () =>
  new ImportProblem(
    'xlsx',
    null,
    null,
    'The workbook cannot be read: it is not a readable XLSX file (damaged or cut off?).',
  );
