import { SdkError } from '../../../../client-sdk/src';
import { describeError } from '../../errors';

/** The server's word on one field of a site or pairing, in Chinese where we know it. */
export function siteFieldMessage(error: SdkError): string {
  const m = error.message;
  let match: RegExpExecArray | null;
  if (/not a whole city/.test(m)) return '请选择区县（不能只选到市）';
  if (/6-digit area code/.test(m)) return '须为 6 位行政区划代码，例如 371721（曹县）';
  if (/mobile number or a landline/.test(m)) return '须为手机号或带区号的固定电话，例如 0531-81916597';
  if ((match = /must be at most (\d+) characters/.exec(m))) return `最多 ${match[1]} 个字`;
  if ((match = /must be between (-?\d+) and (-?\d+)/.exec(m))) return `须在 ${match[1]} 到 ${match[2]} 之间`;
  if (/must be a whole number/.test(m)) return '须为整数';
  if (/ is required$/.test(m)) return '必填';
  if (/must be a single line/.test(m)) return '只能填一行';
  if (/already asked to pair/.test(m)) return '本单位已申请与该帮扶点结对，正等待对方答复';
  if (/already paired/.test(m)) return '本单位已与该帮扶点结对';
  if (/must not be before the pairing started/.test(m)) return '结束日期不能早于结对开始日期';
  if (/already a long-term base since/.test(m)) return '该帮扶点已从这一天起是志愿服务基地';
  if (/register the site first/.test(m)) return '请先登记帮扶点，再由所属单位的协调员标为志愿服务基地';
  if (error.code === 'FORBIDDEN') return `没有权限：${m}`;
  if (error.code === 'NOT_FOUND') return `找不到：${m}`;
  return m;
}

/** A failure not tied to a field, in words. */
export function siteErrorText(error: unknown): string {
  if (error instanceof SdkError) {
    if (/only a request is answered/.test(error.message)) return '这项申请已经答复或撤回了';
    if (/answered or withdrawn just now/.test(error.message)) return '这项申请刚刚已被答复或撤回';
    if (/not a long-term base/.test(error.message)) return '该帮扶点不是志愿服务基地';
    if (error.code === 'FORBIDDEN') return `没有权限：${siteFieldMessage(error)}`;
  }
  return describeError(error);
}
