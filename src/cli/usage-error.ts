/** A mistake in the command line (exit 2): its message is printed as it is, never a stack trace. */
export class UsageError extends Error {}
