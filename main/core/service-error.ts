import type { CallError, ErrorCode } from '../../shared/contract-kit';

/** An error a service raises on purpose; its message is shown to the operator as it stands. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }

  toCallError(): CallError {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}
