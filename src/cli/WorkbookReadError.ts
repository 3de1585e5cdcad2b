/** Why a file could not be read, with the one Chinese line the command line prints. */
export type ReadFailure =
  'not-found' | 'empty' | 'encrypted' | 'legacy-xls' | 'not-xlsx' | 'corrupt' | 'no-budget-table';

export class WorkbookReadError extends Error {
  constructor(
    readonly failure: ReadFailure,
    message: string,
  ) {
    super(message);
    this.name = 'WorkbookReadError';
  }
}
