import { AppError, BadInputError } from '../../../server/src/core/errors';

export function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw, but it returned normally');
}

export function expectBadInput(fn: () => unknown, field: string): BadInputError {
  const error = thrownBy(fn);
  expect(error).toBeInstanceOf(BadInputError);
  expect((error as BadInputError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  return error as BadInputError;
}

export function expectAppError(fn: () => unknown, extensions: Record<string, unknown>): AppError {
  const error = thrownBy(fn);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).extensions).toMatchObject(extensions);
  return error as AppError;
}
