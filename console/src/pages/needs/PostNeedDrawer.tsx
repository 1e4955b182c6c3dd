import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Alert,
  Button,
  DatePicker,
  Drawer,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Switch,
  type FormInstance,
} from 'antd';
import type { Dayjs } from 'dayjs';
import {
  SdkError,
  type BeneficiaryGroup,
  type Client,
  type ServiceCategory,
} from '../../../../client-sdk/src';
import { chinaWallClockToIso } from '../../china-time';
import { describeError, formFieldOf } from '../../errors';
import {
  PostableSitesDocument,
  type NeedRowFragment,
  type PostableSiteFragment,
} from '../../graphql/generated';
import { BENEFICIARY_GROUP_LABELS, labelOptions, SERVICE_CATEGORY_LABELS } from '../../labels';
import { needFieldMessage } from './need-errors';
import type { Campaign } from './options';

interface Values {
  siteId: string;
  campaignId: string;
  title: string;
  category: ServiceCategory;
  headcount: number;
  startsAt: Dayjs;
  endsAt: Dayjs;
  servedByTeam?: boolean;
  requiredSkills?: string[];
  beneficiaryGroups?: BeneficiaryGroup[];
  beneficiaryCount?: number | null;
  description?: string;
}

const FIELDS = [
  'siteId',
  'campaignId',
  'title',
  'category',
  'headcount',
  'startsAt',
  'endsAt',
  'servedByTeam',
  'requiredSkills',
  'beneficiaryGroups',
  'beneficiaryCount',
  'description',
] as const;

/** What the picker shows is China time: its wall-clock text is read as such. */
const TIME_FORMAT = 'YYYY-MM-DD HH:mm';

/** 发布需求: a need for a site the person may post for, its times picked in China time. */
export default function PostNeedDrawer(props: {
  open: boolean;
  onClose: () => void;
  client: Client;
  campaigns: readonly Campaign[];
  defaultCampaignId: string | null;
  /** The sites to choose from; null: search every site (the province). */
  sites: PostableSiteFragment[] | null;
  onPosted: (row: NeedRowFragment) => void;
}) {
  const { open, onClose, client, campaigns, defaultCampaignId, sites, onPosted } = props;
  const [form] = Form.useForm<Values>();
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  // A fresh form each time the drawer opens (not while it is open: the board re-renders as needs arrive).
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open && !wasOpen.current) {
      setProblem(null);
      form.resetFields();
      form.setFieldsValue({
        campaignId: defaultCampaignId ?? undefined,
        siteId: sites?.length === 1 ? sites[0]!.id : undefined,
      });
    }
    wasOpen.current = open;
  }, [open, form, defaultCampaignId, sites]);

  const submit = async (values: Values) => {
    setSending(true);
    setProblem(null);
    try {
      const posted = await client.call('postServiceNeed', {
        input: {
          siteId: values.siteId,
          campaignId: values.campaignId,
          title: values.title.trim(),
          category: values.category,
          headcount: values.headcount,
          servedByTeam: values.servedByTeam ?? false,
          startsAt: chinaWallClockToIso(values.startsAt.format(TIME_FORMAT)),
          endsAt: chinaWallClockToIso(values.endsAt.format(TIME_FORMAT)),
          requiredSkills: values.requiredSkills ?? [],
          beneficiaryGroups: values.beneficiaryGroups ?? [],
          beneficiaryCount: values.beneficiaryCount ?? 0,
          description: values.description?.trim() || null,
        },
      });
      onPosted({
        id: posted.id,
        title: posted.title,
        category: posted.category,
        status: posted.status,
        headcount: posted.headcount,
        confirmedCount: posted.confirmedCount,
        servedByTeam: posted.servedByTeam,
        startsAt: posted.startsAt,
        endsAt: posted.endsAt,
        postedAt: posted.postedAt,
        campaignId: posted.campaignId,
        site: { id: posted.site.id, name: posted.site.name, cityCode: posted.site.cityCode },
        postedByUnit: posted.postedByUnit && { id: posted.postedByUnit.id, name: posted.postedByUnit.name },
      });
    } catch (error) {
      const field = formFieldOf(error, FIELDS);
      if (field && error instanceof SdkError) {
        form.setFields([{ name: field, errors: [needFieldMessage(error)] }]);
        form.scrollToField(field);
      } else {
        setProblem(describeError(error));
      }
    } finally {
      setSending(false);
    }
  };

  return (
    <Drawer
      title="发布需求"
      open={open}
      onClose={onClose}
      size={560}
      destroyOnHidden
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={sending} onClick={() => form.submit()}>
            发布
          </Button>
        </Space>
      }
    >
      {sites !== null && sites.length === 0 && (
        <Alert
          style={{ marginBottom: 16 }}
          type="info"
          showIcon
          title="还没有可以发布需求的帮扶点"
          description="本单位登记的帮扶点和已获批准结对的帮扶点才能发布需求。请先登记帮扶点或申请结对。"
        />
      )}
      {problem && <Alert style={{ marginBottom: 16 }} type="error" showIcon title={problem} />}
      <Form<Values> form={form} name="postNeed" layout="vertical" onFinish={submit} scrollToFirstError>
        <Form.Item label="结对帮扶点" name="siteId" rules={[{ required: true, message: '请选择帮扶点' }]}>
          <SitePicker client={client} sites={sites} form={form} />
        </Form.Item>
        <Form.Item label="所属活动" name="campaignId" rules={[{ required: true, message: '请选择活动' }]}>
          <Select options={campaigns.map((c) => ({ value: c.id, label: c.name }))} />
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
          <Select options={labelOptions(SERVICE_CATEGORY_LABELS)} />
        </Form.Item>
        <Space align="start" size="large" wrap>
          <Form.Item label="需要人数" name="headcount" rules={[{ required: true, message: '请填写人数' }]}>
            <InputNumber min={1} max={500} precision={0} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item
            label="整队服务"
            name="servedByTeam"
            valuePropName="checked"
            tooltip="由一支服务队整队承担（8–12 人）"
          >
            <Switch />
          </Form.Item>
        </Space>
        <Space align="start" size="large" wrap>
          <Form.Item
            label="开始时间（北京时间）"
            name="startsAt"
            rules={[{ required: true, message: '请选择开始时间' }]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format={TIME_FORMAT} style={{ width: 220 }} />
          </Form.Item>
          <Form.Item
            label="结束时间（北京时间）"
            name="endsAt"
            rules={[{ required: true, message: '请选择结束时间' }]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format={TIME_FORMAT} style={{ width: 220 }} />
          </Form.Item>
        </Space>
        <Form.Item label="所需技能" name="requiredSkills" tooltip="输入后按回车，可填多项">
          <Select mode="tags" tokenSeparators={[',', '，']} placeholder="例如：数学、急救" />
        </Form.Item>
        <Space align="start" size="large" wrap>
          <Form.Item label="服务对象" name="beneficiaryGroups" style={{ minWidth: 300 }}>
            <Select mode="multiple" options={labelOptions(BENEFICIARY_GROUP_LABELS)} placeholder="可多选" />
          </Form.Item>
          <Form.Item label="服务对象人数" name="beneficiaryCount">
            <InputNumber min={0} precision={0} style={{ width: 140 }} />
          </Form.Item>
        </Space>
        <Form.Item label="需求说明" name="description" rules={[{ max: 2000, message: '最多 2000 个字' }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

/** The sites given, or (the province) a search over every site by name. */
function SitePicker(props: {
  client: Client;
  sites: PostableSiteFragment[] | null;
  form: FormInstance<Values>;
  value?: string;
  onChange?: (value: string) => void;
  id?: string;
}) {
  const { client, sites, value, onChange, id } = props;
  const [found, setFound] = useState<PostableSiteFragment[]>([]);
  const [search, setSearch] = useState('');
  const [searching, setSearching] = useState(false);

  useEffect(() => {
    if (sites !== null) return;
    let current = true;
    const timer = setTimeout(() => {
      setSearching(true);
      client
        .request(PostableSitesDocument, { search: search.trim() || null })
        .then((result) => current && setFound(result.sites.edges.map((e) => e.node)))
        .catch(() => current && setFound([]))
        .finally(() => current && setSearching(false));
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, sites, search]);

  const options = useMemo(
    () => (sites ?? found).map((site) => ({ value: site.id, label: site.name })),
    [sites, found],
  );
  if (sites !== null) {
    return (
      <Select
        id={id}
        value={value}
        onChange={onChange}
        options={options}
        showSearch={{ optionFilterProp: 'label' }}
        // A unit's own and paired sites are few: all of them in the list, none left out of view.
        virtual={false}
        placeholder="选择本单位登记或结对的帮扶点"
        notFoundContent="没有可选的帮扶点"
      />
    );
  }
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={searching}
      placeholder="输入帮扶点名称搜索"
      notFoundContent={searching ? '正在搜索…' : '没有找到'}
    />
  );
}
