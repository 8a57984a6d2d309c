/** The core parser papaparse's own streamers use; its types are not in @types/papaparse. */
import 'papaparse';

declare module 'papaparse' {
  interface CoreParserResult {
    data: string[][];
    errors: { type: string; code: string; message: string; row?: number }[];
    meta: { cursor: number; aborted: boolean; truncated: boolean };
  }
  class Parser {
    constructor(config: {
      delimiter: string;
      newline: string;
      quoteChar?: string;
      fastMode?: boolean;
    });
    parse(input: string, baseIndex: number, ignoreLastRow: boolean): CoreParserResult;
  }
}
