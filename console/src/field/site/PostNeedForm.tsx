import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, App, Button, Checkbox, Form, Input, InputNumber, Select, Typography } from 'antd';
import { LeftOutlined } from '@ant-design/icons';
import { SdkError, type BeneficiaryGroup, type ServiceCategory } from '../../../../client-sdk/src';
import { useSignedIn } from '../../auth';
import { chinaDate, chinaWallClockToIso } from '../../china-time';
import { describeError, formFieldOf } from '../../errors';
import { BENEFICIARY_GROUP_LABELS, labelOptions, SERVICE_CATEGORY_LABELS } from '../../labels';
import { needFieldMessage } from '../../pages/needs/need-errors';
import { defaultCampaignId } from '../../pages/needs/options';
import { isSignedOutError } from '../../session';
import { SELECT_POPUP } from './rules';
import type { SiteCampaign, SiteInfo } from './useSite';

/** A China date and wall-clock time, typed in the phone's own date and time pickers. */
interface WallClock {
  date: string;
  time: string;
}

interface Values {
  campaignId: string;
  title: string;
  category: ServiceCategory;
  headcount: number;
  servedByTeam?: boolean;
  startsAt: WallClock;
  endsAt: WallClock;
  requiredSkills?: string[];
  beneficiaryGroups?: BeneficiaryGroup[];
  beneficiaryCount?: number | null;
  description?: string;
}

/** The fields the server may name (`extensions.field`); siteId is the contact's own and not on the form. */
const FIELDS = [
  'campaignId',
  'title',
  'category',
  'headcount',
  'servedByTeam',
  'startsAt',
  'endsAt',
  'requiredSkills',
  'beneficiaryGroups',
  'beneficiaryCount',
  'description',
] as const;

/** The China day `days` after today's. */
function chinaDay(days: number): string {
  return chinaDate(new Date(Date.now() + days * 86_400_000));
}

const filled = (value: WallClock | undefined) => Boolean(value?.date && value.time);

/**
 * 发布需求 on the phone: the desktop drawer's fields and rules (the server's refusals in Chinese,
 * `needFieldMessage`, under the field they name) in one column, for the contact's own site, with the
 * phone's native date and time pickers read as China time whatever the phone's zone.
 */
export default function PostNeedForm({ site, campaigns }: { site: SiteInfo; campaigns: SiteCampaign[] }) {
  const { client, expired } = useSignedIn();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // A new need must end in the future, inside its campaign: only campaigns not yet over take one.
  const open = useMemo(() => campaigns.filter((c) => c.endsOn >= chinaDate()), [campaigns]);
  const initialCampaign = defaultCampaignId(open);
  const tomorrow = chinaDay(1);

  const submit = async (values: Values) => {
    setSending(true);
    setProblem(null);
    try {
      const posted = await client.call('postServiceNeed', {
        input: {
          siteId: site.id,
          campaignId: values.campaignId,
          title: values.title.trim(),
          category: values.category,
          headcount: values.headcount,
          servedByTeam: values.servedByTeam ?? false,
          startsAt: chinaWallClockToIso(`${values.startsAt.date} ${values.startsAt.time}`),
          endsAt: chinaWallClockToIso(`${values.endsAt.date} ${values.endsAt.time}`),
          requiredSkills: values.requiredSkills ?? [],
          beneficiaryGroups: values.beneficiaryGroups ?? [],
          beneficiaryCount: values.beneficiaryCount ?? 0,
          description: values.description?.trim() || null,
        },
      });
      message.success('需求已发布');
      void navigate(`/field/site/needs/${posted.id}`, { replace: true });
    } catch (error) {
      if (isSignedOutError(error)) return expired();
      const field = formFieldOf(error, FIELDS);
      if (field && error instanceof SdkError) {
        form.setFields([{ name: field, errors: [needFieldMessage(error)] }]);
        // Always (antd scrolls only when "needed", and the sticky title bar may hide the field).
        document
          .getElementById(`siteNeed_${field}`)
          ?.closest('.ant-form-item')
          ?.scrollIntoView({ block: 'center' });
      } else {
        setProblem(describeError(error));
      }
    } finally {
      setSending(false);
    }
  };

  return (
    <div className="site-page">
      <Button
        type="link"
        icon={<LeftOutlined />}
        className="site-back"
        onClick={() => navigate('/field/site')}
      >
        全部需求
      </Button>
      <Typography.Title level={5} style={{ margin: 0 }}>
        发布需求 · {site.name}
      </Typography.Title>
      {open.length === 0 && (
        <Alert
          type="info"
          showIcon
          title="现在没有进行中的活动"
          description="需求须在活动期间内。省教育工会发布新一年的活动后，就可以在这里发布需求。"
        />
      )}
      {problem && <Alert type="error" showIcon title={problem} />}
      <Form<Values>
        form={form}
        name="siteNeed"
        layout="vertical"
        onFinish={submit}
        scrollToFirstError={{ block: 'center' }}
        initialValues={{
          campaignId: initialCampaign ?? undefined,
          headcount: 2,
          startsAt: { date: tomorrow, time: '09:00' },
          endsAt: { date: tomorrow, time: '11:30' },
        }}
        className="site-form"
      >
        <Form.Item
          label="所属活动"
          name="campaignId"
          rules={[{ required: true, message: '请选择活动' }]}
          hidden={open.length === 1}
        >
          <Select
            classNames={SELECT_POPUP}
            options={open.map((c) => ({ value: c.id, label: `${c.year}年活动` }))}
          />
        </Form.Item>
        <Form.Item
          label="需求标题"
          name="title"
          rules={[
            { required: true, whitespace: true, message: '请填写标题' },
            { max: 100, message: '标题最多 100 个字' },
          ]}
        >
          <Input placeholder="例如：暑期留守儿童课后辅导" />
        </Form.Item>
        <Form.Item label="服务类别" name="category" rules={[{ required: true, message: '请选择服务类别' }]}>
          <Select
            classNames={SELECT_POPUP}
            options={labelOptions(SERVICE_CATEGORY_LABELS)}
            placeholder="选择需要的服务"
          />
        </Form.Item>
        <Form.Item label="需要人数" name="headcount" rules={[{ required: true, message: '请填写人数' }]}>
          <InputNumber min={1} max={500} precision={0} inputMode="numeric" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="servedByTeam" valuePropName="checked">
          <Checkbox>由一支服务队整队承担（8–12 人）</Checkbox>
        </Form.Item>
        <Form.Item
          label="开始（北京时间）"
          name="startsAt"
          rules={[
            {
              validator: (_, v: WallClock) => (filled(v) ? Promise.resolve() : Promise.reject()),
              message: '请选择开始日期和时间',
            },
          ]}
        >
          <WallClockInput label="开始" />
        </Form.Item>
        <Form.Item
          label="结束（北京时间）"
          name="endsAt"
          rules={[
            {
              validator: (_, v: WallClock) => (filled(v) ? Promise.resolve() : Promise.reject()),
              message: '请选择结束日期和时间',
            },
          ]}
        >
          <WallClockInput label="结束" />
        </Form.Item>
        <Form.Item label="所需技能" name="requiredSkills" extra="可填多项，每项输入后点回车或逗号">
          <Select
            classNames={SELECT_POPUP}
            mode="tags"
            tokenSeparators={[',', '，', '、']}
            placeholder="例如：数学、急救"
            open={false}
          />
        </Form.Item>
        <Form.Item label="服务对象" name="beneficiaryGroups">
          <Select
            classNames={SELECT_POPUP}
            mode="multiple"
            options={labelOptions(BENEFICIARY_GROUP_LABELS)}
            placeholder="可多选"
          />
        </Form.Item>
        <Form.Item label="服务对象人数" name="beneficiaryCount">
          <InputNumber min={0} precision={0} inputMode="numeric" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="需求说明" name="description" rules={[{ max: 2000, message: '最多 2000 个字' }]}>
          <Input.TextArea rows={4} placeholder="服务内容、地点、需要准备的东西等" />
        </Form.Item>
        <Button
          type="primary"
          size="large"
          block
          htmlType="submit"
          data-testid="post-need"
          loading={sending}
          disabled={open.length === 0}
        >
          发布
        </Button>
      </Form>
    </div>
  );
}

/** A date and a time side by side, in the phone's native pickers (standard web, works in WeChat). */
function WallClockInput(props: {
  label: string;
  value?: WallClock;
  onChange?: (value: WallClock) => void;
  id?: string;
}) {
  const { label, value = { date: '', time: '' }, onChange, id } = props;
  return (
    <div className="site-wallclock" id={id}>
      <Input
        type="date"
        aria-label={`${label}日期`}
        value={value.date}
        onChange={(e) => onChange?.({ ...value, date: e.target.value })}
      />
      <Input
        type="time"
        aria-label={`${label}时间`}
        value={value.time}
        onChange={(e) => onChange?.({ ...value, time: e.target.value })}
      />
    </div>
  );
}
