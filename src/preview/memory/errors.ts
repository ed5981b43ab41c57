/** Errors shaped like OfficeExtension.Error: `name` "RichApi.Error", a `code`, and `debugInfo`. */

export type MemoryErrorCode =
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "InvalidArgument"
  | "InvalidOperation"
  | "ItemNotFound"
  | "InvalidObjectPath"
  | "InvalidRequestContext"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "ApiNotFound"
  | "GeneralException"
  | "InvalidOperationInCellEditMode"
  | "InvalidSelection"
  | "RunMustReturnPromise"
  | "AccessDenied";

export class MemoryOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: MemoryErrorCode;
  readonly debugInfo: { code: MemoryErrorCode; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];
  readonly innerError = null;

  constructor(code: MemoryErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

/** The same codes as OfficeExtension.ErrorCodes, for `error.code === OfficeExtension.ErrorCodes.x` checks. */
export const ErrorCodes = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  activityLimitReached: "ActivityLimitReached",
  invalidObjectPath: "InvalidObjectPath",
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  invalidRequestContext: "InvalidRequestContext",
  invalidArgument: "InvalidArgument",
  runMustReturnPromise: "RunMustReturnPromise",
  cannotRegisterEvent: "CannotRegisterEvent",
  apiNotFound: "ApiNotFound",
  connectionFailure: "ConnectionFailure",
  itemNotFound: "ItemNotFound",
  invalidOperation: "InvalidOperation",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
} as const;

export function propertyNotLoaded(property: string, typeName: string): MemoryOfficeError {
  return new MemoryOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`,
  );
}

export function invalidArgument(message: string, location?: string): MemoryOfficeError {
  return new MemoryOfficeError("InvalidArgument", message, location);
}

export function itemNotFound(location: string): MemoryOfficeError {
  return new MemoryOfficeError("ItemNotFound", "The requested resource doesn't exist.", location);
}

export const DIMENSION_MISMATCH =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";
