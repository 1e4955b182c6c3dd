import { SdkError } from '../../client-sdk/src';

/** What to tell a person about a failed request, in Chinese, with the server's own words kept. */
export function describeError(error: unknown): string {
  if (!(error instanceof SdkError)) return `出现错误：${String((error as Error)?.message ?? error)}`;
  switch (error.code) {
    case 'NETWORK_ERROR':
      return '无法连接服务器，请检查网络后重试。';
    case 'UNAUTHENTICATED':
      return '登录已失效，请重新登录。';
    case 'FORBIDDEN':
      return `没有权限：${error.message}`;
    case 'RATE_LIMITED':
      return '请求过于频繁，请稍后再试。';
    case 'DATABASE_UNAVAILABLE':
      return '服务器暂时无法读写数据，请稍后再试。';
    case 'NOT_FOUND':
      return `找不到：${error.message}`;
    default:
      return `操作未成功（${error.code}）：${error.message}`;
  }
}

/**
 * The form field a server error names (`extensions.field`: `startsAt`, `input.startsAt`,
 * `requiredSkills[2]`), as one of `known`; null when it names none of them.
 */
export function formFieldOf<K extends string>(error: unknown, known: readonly K[]): K | null {
  if (!(error instanceof SdkError) || !error.field) return null;
  const name = error.field.replace(/^input\./, '').replace(/\[\d+\]$/, '');
  return (known as readonly string[]).includes(name) ? (name as K) : null;
}
