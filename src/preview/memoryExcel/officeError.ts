/**
 * The errors Excel raises at context.sync(), with the same codes, so the adapter's error handling is
 * exercised the way it would be in Excel (OfficeExtension.Error has `code` and `message`).
 */
export type MemoryErrorCode =
  | 'GeneralException'
  | 'PropertyNotLoaded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidObjectPath'
  | 'AccessDenied'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'ApiNotFound';

export class MemoryOfficeError extends Error {
  readonly code: MemoryErrorCode;

  constructor(code: MemoryErrorCode, message: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
  }
}

export function propertyNotLoaded(property: string): MemoryOfficeError {
  return new MemoryOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
