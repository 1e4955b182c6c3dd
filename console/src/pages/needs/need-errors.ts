import { SdkError } from '../../../../client-sdk/src';

/**
 * The server's reason for refusing a need's field, in Chinese where the console knows the rule, else
 * the server's own words: either way it is shown under the field the server names. Shared by the
 * desktop 发布需求 drawer and the site contact's phone form.
 */
export function needFieldMessage(error: SdkError): string {
  const m = error.message;
  let match: RegExpExecArray | null;
  if ((match = /within its campaign \((\d{4}-\d{2}-\d{2}) – (\d{4}-\d{2}-\d{2})/.exec(m)))
    return `需求时间须在所属活动期间（${match[1]} 至 ${match[2]}，北京时间）内`;
  if (/must end in the future/.test(m)) return '结束时间须晚于现在';
  if (/endsAt must be after startsAt/.test(m)) return '结束时间须晚于开始时间';
  if ((match = /headcount must be (\d+)–(\d+)/.exec(m)))
    return `整队服务的人数须为 ${match[1]}–${match[2]} 人`;
  if ((match = /must be between (\d+) and (\d+)/.exec(m))) return `须在 ${match[1]} 到 ${match[2]} 之间`;
  if (/ is required$/.test(m)) return '必填';
  if (error.code === 'FORBIDDEN') return `没有权限：${m}`;
  if (error.code === 'NOT_FOUND') return `找不到：${m}`;
  return m;
}
