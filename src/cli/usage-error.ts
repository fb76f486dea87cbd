/**
 * A mistake in the command line (exit 2): its message is printed as it is, never a stack trace;
 * `notes` are the lines after it (how to get help, the same message in the other language).
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly notes: readonly string[] = [],
  ) {
    super(message);
  }
}
