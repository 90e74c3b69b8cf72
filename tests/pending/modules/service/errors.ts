// Error classes shared across modules; instanceof must hold across module boundaries.
export class ServiceError extends Error {
  constructor(message: string, public readonly status: number) {
    super(message);
    this.name = "ServiceError";
  }
}
export class NotFoundError extends ServiceError {
  constructor(what: string) {
    super(what + " not found", 404);
    this.name = "NotFoundError";
  }
}
