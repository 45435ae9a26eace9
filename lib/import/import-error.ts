/** A file the importer refuses, with a message for the person who sent it. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly reason: 'too-large' | 'empty' | 'binary' | 'encoding',
  ) {
    super(message);
    this.name = 'ImportError';
  }
}
