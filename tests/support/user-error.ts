import { UserError } from '../../shared/user-error';

/** The UserError a call throws, so a test compares its code, key and parameters rather than English. */
export function thrownUserError(call: () => unknown): UserError {
  try {
    call();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected the call to throw a UserError');
}
