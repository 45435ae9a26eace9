// Error codes an editor action returns. The forms show them through messages/*.json (EditorErrors),
// so every code must have a text in every locale (checked by errors.test.ts).
export const editorErrorCodes = [
  'signedOut',
  'forbidden',
  'invalid',
  'notFound',
  'conflict',
  'slugTaken',
  'slugInvalid',
  'required',
  'tooLong',
  'invalidDate',
  'notInFuture',
  'wrongStatus',
  'notSource',
  'noSourceText',
  'sourceLocaleMissing',
  'supersededByRequired',
  'supersededByInvalid',
  'unknownEvent',
  'unknownTopic',
  'saveFailed',
  'tooManyFiles',
  'batchTooLarge',
  'nothingToImport',
  'duplicateLocale',
  'importRegrouped',
  'fileMissing',
  'fileTooLarge',
  'fileType',
  'imageDimensions',
] as const;

export type EditorErrorCode = (typeof editorErrorCodes)[number];

export type FieldErrors = Partial<Record<string, EditorErrorCode[]>>;

/** What a conflict response carries: the text someone else saved first, so nobody's text is lost. */
export type ConflictInfo = {
  version: number;
  title: string;
  summary: string;
  body: string;
  slug: string;
  savedBy: string | null;
  savedAt: string;
};

export type ActionFailure = {
  ok: false;
  error: EditorErrorCode;
  fieldErrors?: FieldErrors;
  conflict?: ConflictInfo;
};

export type ActionResult<T extends object = object> = ({ ok: true } & T) | ActionFailure;

export function failure(error: EditorErrorCode, fieldErrors?: FieldErrors): ActionFailure {
  return fieldErrors ? { ok: false, error, fieldErrors } : { ok: false, error };
}

export function isEditorErrorCode(value: string): value is EditorErrorCode {
  return (editorErrorCodes as readonly string[]).includes(value);
}
