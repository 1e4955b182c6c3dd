import { useEffect, useRef, useState } from 'react';
import { Alert, App, AutoComplete, Button, Drawer, Form, Input, InputNumber, Select, Space } from 'antd';
import { SdkError, type SiteKind } from '../../../../client-sdk/src';
import { useSignedIn } from '../../auth';
import { describeError, formFieldOf } from '../../errors';
import type { SiteRowFragment } from '../../graphql/generated';
import { labelOptions, SITE_KIND_LABELS } from '../../labels';
import { isSignedOutError } from '../../session';
import { CITIES, COUNTIES, countyOf } from './areas';
import { siteFieldMessage } from './messages';

const FIELDS = [
  'name',
  'kind',
  'areaCode',
  'address',
  'latitude',
  'longitude',
  'peopleServed',
  'contactName',
  'contactPhone',
  'description',
] as const;

interface Values {
  name: string;
  kind: SiteKind;
  areaCode: string;
  address?: string;
  latitude: number;
  longitude: number;
  peopleServed?: number;
  contactName?: string;
  contactPhone?: string;
  description?: string;
}

const AREA_OPTIONS = CITIES.map((city) => ({
  label: city.name,
  options: COUNTIES.filter((c) => c.code.slice(0, 4) === city.code.slice(0, 4)).map((c) => ({
    value: c.code,
    label: `${c.code} ${city.name}${c.name}`,
  })),
})).filter((group) => group.options.length > 0);

/** 登记帮扶点 (no site) or 编辑 (a site): a Drawer form, the server's word beside the field it names. */
export function SiteDrawer({
  open,
  site,
  onClose,
  onSaved,
}: {
  open: boolean;
  site: SiteRowFragment | null;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const { client, expired } = useSignedIn();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open && !wasOpen.current) {
      setProblem(null);
      form.resetFields();
      if (site) {
        form.setFieldsValue({
          name: site.name,
          kind: site.kind,
          areaCode: site.areaCode,
          address: site.address ?? '',
          latitude: site.latitude,
          longitude: site.longitude,
          peopleServed: site.peopleServed,
          contactName: site.contactName ?? '',
          contactPhone: site.contactPhone ?? '',
          description: site.description ?? '',
        });
      }
    }
    wasOpen.current = open;
  }, [open, site, form]);

  /** A county chosen from the list places the pin at its seat, unless one was typed in already. */
  const onArea = (code: string) => {
    const county = countyOf(code);
    if (!county) return;
    const { latitude, longitude } = form.getFieldsValue(['latitude', 'longitude']);
    const previous = COUNTIES.find((c) => c.latitude === latitude && c.longitude === longitude);
    if (latitude == null || longitude == null || previous) {
      form.setFieldsValue({ latitude: county.latitude, longitude: county.longitude });
    }
  };

  const submit = async (values: Values) => {
    setSending(true);
    setProblem(null);
    const input = {
      name: values.name.trim(),
      kind: values.kind,
      areaCode: values.areaCode.trim(),
      address: values.address?.trim() || null,
      latitude: values.latitude,
      longitude: values.longitude,
      peopleServed: values.peopleServed ?? 0,
      contactName: values.contactName?.trim() || null,
      contactPhone: values.contactPhone?.trim() || null,
      description: values.description?.trim() || null,
    };
    try {
      if (site) await client.call('updateSite', { id: site.id, input });
      else await client.call('createSite', { input });
      message.success(site ? `已保存“${input.name}”` : `已登记“${input.name}”`);
      onSaved(input.name);
    } catch (error) {
      if (isSignedOutError(error)) return expired();
      const field = formFieldOf(error, FIELDS);
      if (field && error instanceof SdkError) {
        form.setFields([{ name: field, errors: [siteFieldMessage(error)] }]);
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
      title={site ? `编辑帮扶点：${site.name}` : '登记结对帮扶点'}
      open={open}
      onClose={onClose}
      size={560}
      destroyOnHidden
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={sending} onClick={() => form.submit()} data-action="save-site">
            {site ? '保存' : '登记'}
          </Button>
        </Space>
      }
    >
      {problem && <Alert style={{ marginBottom: 16 }} type="error" showIcon title={problem} />}
      <Form<Values>
        form={form}
        name="site"
        layout="vertical"
        onFinish={(v) => void submit(v)}
        scrollToFirstError
        initialValues={{ kind: 'VILLAGE', peopleServed: 0 }}
      >
        <Form.Item
          label="帮扶点名称"
          name="name"
          rules={[
            { required: true, whitespace: true, message: '请填写名称' },
            { max: 100, message: '最多 100 个字' },
          ]}
        >
          <Input placeholder="例如：曹县某某镇某某村" />
        </Form.Item>
        <Form.Item label="类型" name="kind" rules={[{ required: true, message: '请选择类型' }]}>
          <Select options={labelOptions(SITE_KIND_LABELS)} />
        </Form.Item>
        <Form.Item
          label="所在区县"
          name="areaCode"
          extra="从列表中选择，或直接输入 6 位行政区划代码"
          rules={[
            { required: true, whitespace: true, message: '请选择所在区县' },
            { pattern: /^\d{6}$/, message: '须为 6 位行政区划代码，例如 371721（曹县）' },
            {
              validator: (_, value?: string) =>
                value && /^\d{4}00$/.test(value)
                  ? Promise.reject(new Error('请选择区县（不能只选到市）'))
                  : Promise.resolve(),
            },
          ]}
        >
          <AutoComplete
            options={AREA_OPTIONS}
            onSelect={onArea}
            showSearch={{
              filterOption: (input, option) =>
                String((option as { label?: string } | undefined)?.label ?? '').includes(input.trim()),
            }}
            placeholder="输入区县名称或代码，例如 曹县"
          />
        </Form.Item>
        <Form.Item label="详细地址" name="address" rules={[{ max: 200, message: '最多 200 个字' }]}>
          <Input placeholder="乡镇、村、门牌（可不填）" />
        </Form.Item>
        <Space align="start" wrap>
          <Form.Item
            label="纬度"
            name="latitude"
            rules={[{ required: true, message: '请填写纬度（选区县后自动填入县城位置）' }]}
          >
            <InputNumber min={-90} max={90} step={0.001} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item
            label="经度"
            name="longitude"
            rules={[{ required: true, message: '请填写经度（选区县后自动填入县城位置）' }]}
          >
            <InputNumber min={-180} max={180} step={0.001} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item label="服务对象人数" name="peopleServed">
            <InputNumber min={0} precision={0} style={{ width: 140 }} />
          </Form.Item>
        </Space>
        <Space align="start" wrap>
          <Form.Item label="联系人" name="contactName" rules={[{ max: 50, message: '最多 50 个字' }]}>
            <Input style={{ width: 200 }} />
          </Form.Item>
          <Form.Item label="联系电话" name="contactPhone">
            <Input style={{ width: 220 }} placeholder="手机号或 0531-81916597" />
          </Form.Item>
        </Space>
        <Form.Item label="说明" name="description" rules={[{ max: 2000, message: '最多 2000 个字' }]}>
          <Input.TextArea rows={3} placeholder="帮扶对象、交通、注意事项等（可不填）" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
