import { useEffect, useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { SdkError, type PairingKind } from '../../../../client-sdk/src';
import { useSignedIn } from '../../auth';
import { chinaDate } from '../../china-time';
import { formFieldOf } from '../../errors';
import { SitesSearchDocument, type SitesSearchQuery } from '../../graphql/generated';
import { labelOf, labelOptions, PAIRING_KIND_LABELS, SITE_KIND_LABELS } from '../../labels';
import { isSignedOutError } from '../../session';
import { areaName } from './areas';
import { siteErrorText, siteFieldMessage } from './messages';

const DATE = 'YYYY-MM-DD';

/** Today in China, as the date pickers' value. */
export function chinaToday(): Dayjs {
  return dayjs(chinaDate(), DATE);
}

type FoundSite = SitesSearchQuery['sites']['edges'][number]['node'];

/**
 * 申请结对: the unit asks to pair with a site anywhere in the province (自行省内结对 by default). Its
 * own sites pair at once; another unit's site waits for that unit's answer.
 */
export function RequestPairingModal({
  open,
  unitId,
  onClose,
  onDone,
}: {
  open: boolean;
  unitId: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { client, expired } = useSignedIn();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ siteId: string; kind: PairingKind; startedOn: Dayjs }>();
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<FoundSite[]>([]);
  const [searching, setSearching] = useState(false);

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ kind: 'SELF_PAIRED', startedOn: chinaToday() });
      setProblem(null);
    }
  }, [open, form]);

  useEffect(() => {
    if (!open) return;
    let current = true;
    const timer = setTimeout(() => {
      setSearching(true);
      client
        .request(SitesSearchDocument, { search: search.trim() || null, cityCode: null })
        .then(({ sites }) => current && setFound(sites.edges.map((e) => e.node)))
        .catch((error: unknown) => current && setProblem(siteErrorText(error)))
        .finally(() => current && setSearching(false));
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, open, search]);

  const submit = async (values: { siteId: string; kind: PairingKind; startedOn: Dayjs }) => {
    setSending(true);
    setProblem(null);
    try {
      const pairing = await client.call('pairUnitWithSite', {
        input: { unitId, siteId: values.siteId, kind: values.kind, startedOn: values.startedOn.format(DATE) },
      });
      message.success(pairing.status === 'ACTIVE' ? '已结对' : '已提交结对申请，等待帮扶点所属单位同意');
      onDone();
    } catch (error) {
      if (isSignedOutError(error)) return expired();
      const field = formFieldOf(error, ['siteId', 'kind', 'startedOn'] as const);
      if (field && error instanceof SdkError)
        form.setFields([{ name: field, errors: [siteFieldMessage(error)] }]);
      else setProblem(siteErrorText(error));
    } finally {
      setSending(false);
    }
  };

  return (
    <Modal
      title="申请结对"
      open={open}
      onCancel={() => !sending && onClose()}
      okText="提交"
      cancelText="取消"
      okButtonProps={{ loading: sending }}
      onOk={() => form.submit()}
      forceRender
    >
      {problem && <Alert style={{ marginBottom: 16 }} type="error" showIcon title={problem} />}
      <Form form={form} name="pairing" layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          label="结对帮扶点"
          name="siteId"
          rules={[{ required: true, message: '请选择帮扶点' }]}
          extra="全省的帮扶点都可以申请；其他单位登记的帮扶点，须经该单位同意后才算结对。"
        >
          <Select
            showSearch={{ filterOption: false, onSearch: setSearch }}
            loading={searching}
            placeholder="输入帮扶点名称查找"
            notFoundContent={searching ? '查找中…' : '没有找到：换个名称试试'}
            options={found.map((s) => ({
              value: s.id,
              label: `${s.name}（${areaName(s.areaCode)}·${labelOf(SITE_KIND_LABELS, s.kind)}·${
                s.ownerUnit?.name ?? '省教育工会'
              }）`,
            }))}
          />
        </Form.Item>
        <Form.Item label="结对方式" name="kind" rules={[{ required: true, message: '请选择结对方式' }]}>
          <Radio.Group options={labelOptions(PAIRING_KIND_LABELS)} />
        </Form.Item>
        <Form.Item
          label="开始日期（北京时间）"
          name="startedOn"
          rules={[{ required: true, message: '请选择开始日期' }]}
        >
          <DatePicker format={DATE} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 结束结对 (or 撤回申请): on a China date, today by default. */
export function EndPairingModal({
  pairing,
  onClose,
  onDone,
}: {
  pairing: { id: string; siteName: string; unitName: string; startedOn: string; requested: boolean } | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { client, expired } = useSignedIn();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ endedOn: Dayjs }>();
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (pairing) {
      form.resetFields();
      form.setFieldsValue({ endedOn: chinaToday() });
      setProblem(null);
    }
  }, [pairing, form]);

  const submit = async ({ endedOn }: { endedOn: Dayjs }) => {
    if (!pairing) return;
    setSending(true);
    setProblem(null);
    try {
      await client.call('endPairing', { id: pairing.id, endedOn: endedOn.format(DATE) });
      message.success(pairing.requested ? '已撤回结对申请' : '已结束结对');
      onDone();
    } catch (error) {
      if (isSignedOutError(error)) return expired();
      if (formFieldOf(error, ['endedOn'] as const) && error instanceof SdkError)
        form.setFields([{ name: 'endedOn', errors: [siteFieldMessage(error)] }]);
      else setProblem(siteErrorText(error));
    } finally {
      setSending(false);
    }
  };

  return (
    <Modal
      title={pairing?.requested ? '撤回结对申请' : '结束结对'}
      open={pairing !== null}
      onCancel={() => !sending && onClose()}
      okText={pairing?.requested ? '撤回' : '结束结对'}
      okButtonProps={{ danger: true, loading: sending }}
      cancelText="取消"
      onOk={() => form.submit()}
      forceRender
    >
      {pairing && (
        <p>
          {pairing.unitName} 与 {pairing.siteName}（{pairing.startedOn}{' '}
          起）。结束后，该单位不能再为这个帮扶点发布需求；已有的项目和记录都会保留。
        </p>
      )}
      {problem && <Alert style={{ marginBottom: 16 }} type="error" showIcon title={problem} />}
      <Form form={form} name="endPairing" layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          label="结束日期（北京时间）"
          name="endedOn"
          rules={[{ required: true, message: '请选择结束日期' }]}
        >
          <DatePicker format={DATE} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 标为志愿服务基地: since a China date (today by default). */
export function MarkBaseModal({
  site,
  onClose,
  onDone,
}: {
  site: { id: string; name: string } | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { client, expired } = useSignedIn();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ since: Dayjs }>();
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (site) {
      form.resetFields();
      form.setFieldsValue({ since: chinaToday() });
      setProblem(null);
    }
  }, [site, form]);

  const submit = async ({ since }: { since: Dayjs }) => {
    if (!site) return;
    setSending(true);
    setProblem(null);
    try {
      await client.call('markLongTermBase', { siteId: site.id, since: since.format(DATE) });
      message.success(`“${site.name}”已标为志愿服务基地`);
      onDone();
    } catch (error) {
      if (isSignedOutError(error)) return expired();
      if (formFieldOf(error, ['since'] as const) && error instanceof SdkError)
        form.setFields([{ name: 'since', errors: [siteFieldMessage(error)] }]);
      else setProblem(siteErrorText(error));
    } finally {
      setSending(false);
    }
  };

  return (
    <Modal
      title={`标为志愿服务基地：${site?.name ?? ''}`}
      open={site !== null}
      onCancel={() => !sending && onClose()}
      okText="确定"
      okButtonProps={{ loading: sending }}
      cancelText="取消"
      onOk={() => form.submit()}
      forceRender
    >
      <p>长期服务的帮扶点可以成为志愿服务基地（短期服务与长期服务相结合）。</p>
      {problem && <Alert style={{ marginBottom: 16 }} type="error" showIcon title={problem} />}
      <Form form={form} name="markBase" layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          label="成为基地的日期（北京时间）"
          name="since"
          rules={[{ required: true, message: '请选择日期' }]}
        >
          <DatePicker format={DATE} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 拒绝结对申请, with a reason the asking unit reads (optional, at most 500 characters). */
export function RefusePairingModal({
  request,
  onClose,
  onDone,
}: {
  request: { id: string; unitName: string; siteName: string } | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { client, expired } = useSignedIn();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (request) {
      form.resetFields();
      setProblem(null);
    }
  }, [request, form]);

  const submit = async ({ reason }: { reason?: string }) => {
    if (!request) return;
    setSending(true);
    setProblem(null);
    try {
      await client.call('refusePairing', { id: request.id, reason: reason?.trim() || null });
      message.success(`已拒绝${request.unitName}的结对申请`);
      onDone();
    } catch (error) {
      if (isSignedOutError(error)) return expired();
      if (formFieldOf(error, ['reason'] as const) && error instanceof SdkError)
        form.setFields([{ name: 'reason', errors: [siteFieldMessage(error)] }]);
      else setProblem(siteErrorText(error));
    } finally {
      setSending(false);
    }
  };

  return (
    <Modal
      title="拒绝结对申请"
      open={request !== null}
      onCancel={() => !sending && onClose()}
      okText="拒绝"
      okButtonProps={{ danger: true, loading: sending }}
      cancelText="取消"
      onOk={() => form.submit()}
      forceRender
    >
      {request && (
        <p>
          {request.unitName} 申请与“{request.siteName}”结对。拒绝后对方会看到理由，之后仍可再次申请。
        </p>
      )}
      {problem && <Alert style={{ marginBottom: 16 }} type="error" showIcon title={problem} />}
      <Form form={form} name="refusePairing" layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          label="拒绝理由（对方可见）"
          name="reason"
          rules={[{ max: 500, message: '最多 500 个字' }]}
        >
          <Input.TextArea rows={3} placeholder="例如：该村今年已由本单位服务队全覆盖，建议选择邻近的村" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
