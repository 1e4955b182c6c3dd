import { useEffect, useState } from 'react';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Drawer,
  Form,
  Input,
  Radio,
  Select,
  Space,
  Switch,
  Typography,
} from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import {
  SdkError,
  type Client,
  type DocumentType,
  type Gender,
  type ServiceCategory,
  type VolunteerRole,
} from '../../../../client-sdk/src';
import { chinaWallClockToIso, formatChinaTime } from '../../china-time';
import { describeError, formFieldOf } from '../../errors';
import type { VolunteerRowFragment } from '../../graphql/generated';
import {
  DOCUMENT_TYPE_LABELS,
  GENDER_LABELS,
  labelOptions,
  SERVICE_CATEGORY_LABELS,
  VOLUNTEER_ROLE_LABELS,
} from '../../labels';
import { isSignedOutError } from '../../session';
import {
  chinaToday,
  documentNumberProblem,
  identityOf,
  mobileProblem,
  volunteerProblemMessage,
} from './rules';

interface Values {
  name: string;
  documentType: DocumentType;
  documentNumber: string;
  gender?: Gender;
  mobile: string;
  role: VolunteerRole;
  title?: string;
  serviceCategories?: ServiceCategory[];
  skills?: string[];
  homeAreaCode: string;
  safetyTrainedOn?: Dayjs | null;
  availability?: ([Dayjs, Dayjs] | null)[];
  active?: boolean;
}

const FIELDS = [
  'name',
  'documentType',
  'documentNumber',
  'gender',
  'mobile',
  'role',
  'title',
  'serviceCategories',
  'skills',
  'homeAreaCode',
  'safetyTrainedOn',
  'availability',
  'active',
] as const;

const TIME_FORMAT = 'YYYY-MM-DD HH:mm';

/** The server's reason beside its field, in Chinese where the rule is known. */
function fieldMessage(error: SdkError): string {
  if (error.code === 'FORBIDDEN') return `没有权限：${error.message}`;
  return volunteerProblemMessage(error.field, error.message, error.code);
}

function initialValues(volunteer: VolunteerRowFragment | null): Partial<Values> {
  if (!volunteer) {
    return {
      documentType: 'MAINLAND_ID_CARD',
      role: 'VOLUNTEER',
      serviceCategories: [],
      skills: [],
      availability: [],
    };
  }
  return {
    name: volunteer.name,
    documentType: volunteer.documentType,
    documentNumber: volunteer.documentNumber,
    gender: volunteer.gender,
    mobile: volunteer.mobile,
    role: volunteer.role,
    title: volunteer.title ?? undefined,
    serviceCategories: volunteer.serviceCategories,
    skills: volunteer.skills,
    homeAreaCode: volunteer.homeAreaCode,
    safetyTrainedOn: volunteer.safetyTrainedOn ? dayjs(volunteer.safetyTrainedOn) : null,
    // The pickers show China wall-clock time, whatever zone the browser is in.
    availability: [...volunteer.availability]
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      .map((w) => [dayjs(formatChinaTime(w.startsAt)), dayjs(formatChinaTime(w.endsAt))] as [Dayjs, Dayjs]),
    active: volunteer.active,
  };
}

/** 添加志愿者 / 编辑: the volunteer's form, the ID number and mobile checked as they are typed. */
export default function VolunteerDrawer(props: {
  open: boolean;
  client: Client;
  unitId: string;
  /** null: a new volunteer. */
  volunteer: VolunteerRowFragment | null;
  onClose: () => void;
  onSaved: () => void;
  onSignedOut: () => void;
}) {
  const { open, client, unitId, volunteer, onClose, onSaved, onSignedOut } = props;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const documentType = Form.useWatch('documentType', form) ?? 'MAINLAND_ID_CARD';
  const documentNumber = Form.useWatch('documentNumber', form) ?? '';
  const identity = identityOf(documentType, documentNumber);

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(initialValues(volunteer));
    setProblem(null);
  }, [form, volunteer]);

  // A resident ID says the gender: the field follows it (the server would refuse another).
  useEffect(() => {
    if (identity) form.setFieldValue('gender', identity.gender);
  }, [form, identity?.gender]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async (values: Values) => {
    setSending(true);
    setProblem(null);
    const fields = {
      name: values.name.trim(),
      documentType: values.documentType,
      documentNumber: values.documentNumber.trim(),
      // Read from a resident ID by the server; given only for the other documents.
      ...(identityOf(values.documentType, values.documentNumber) ? {} : { gender: values.gender }),
      mobile: values.mobile.replace(/[\s-]/g, ''),
      role: values.role,
      title: values.title?.trim() || null,
      serviceCategories: values.serviceCategories ?? [],
      skills: (values.skills ?? []).map((s) => s.trim()).filter(Boolean),
      homeAreaCode: values.homeAreaCode.trim(),
      safetyTrainedOn: values.safetyTrainedOn ? values.safetyTrainedOn.format('YYYY-MM-DD') : null,
      availability: (values.availability ?? [])
        .filter((w): w is [Dayjs, Dayjs] => !!w && !!w[0] && !!w[1])
        .map(([start, end]) => ({
          startsAt: chinaWallClockToIso(start.format(TIME_FORMAT)),
          endsAt: chinaWallClockToIso(end.format(TIME_FORMAT)),
        })),
    };
    try {
      if (volunteer) {
        await client.call('updateVolunteer', {
          id: volunteer.id,
          input: { ...fields, active: values.active ?? true },
        });
        message.success(`已保存 ${fields.name}`);
      } else {
        await client.call('createVolunteer', { input: { ...fields, unitId } });
        message.success(`已添加 ${fields.name}`);
      }
      onSaved();
    } catch (error) {
      if (isSignedOutError(error)) return onSignedOut();
      const field = formFieldOf(error, FIELDS);
      if (field && error instanceof SdkError) {
        form.setFields([{ name: field, errors: [fieldMessage(error)] }]);
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
      title={volunteer ? `编辑志愿者：${volunteer.name}` : '添加志愿者'}
      open={open}
      onClose={onClose}
      size={560}
      destroyOnHidden
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={sending} onClick={() => form.submit()}>
            保存
          </Button>
        </Space>
      }
    >
      {problem && <Alert style={{ marginBottom: 16 }} type="error" showIcon title={problem} />}
      <Form<Values> form={form} name="volunteer" layout="vertical" onFinish={submit} scrollToFirstError>
        <Form.Item
          label="姓名"
          name="name"
          rules={[
            { required: true, whitespace: true, message: '请填写姓名' },
            { max: 50, message: '姓名最多 50 个字' },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label="证件类型" name="documentType">
          <Select
            options={labelOptions(DOCUMENT_TYPE_LABELS)}
            onChange={() => void form.validateFields(['documentNumber']).catch(() => undefined)}
          />
        </Form.Item>
        <Form.Item
          label="证件号码"
          name="documentNumber"
          required
          validateTrigger={['onChange', 'onBlur']}
          extra={
            identity
              ? `性别 ${GENDER_LABELS[identity.gender]}，出生日期 ${identity.birthDate}（由证件号码读出）`
              : documentType === 'MAINLAND_ID_CARD'
                ? '18 位，最后一位可以是 X'
                : undefined
          }
          rules={[
            {
              validator: (_, value: string | undefined) => {
                const text = value ?? '';
                if (text.trim() === '') return Promise.reject(new Error('请填写证件号码'));
                const found = documentNumberProblem(
                  form.getFieldValue('documentType') ?? 'MAINLAND_ID_CARD',
                  text,
                );
                return found ? Promise.reject(new Error(found)) : Promise.resolve();
              },
            },
          ]}
        >
          <Input autoComplete="off" maxLength={24} />
        </Form.Item>
        <Form.Item
          label="性别"
          name="gender"
          rules={[{ required: !identity, message: '请选择性别' }]}
          extra={identity ? '由身份证号码决定' : undefined}
        >
          <Radio.Group options={labelOptions(GENDER_LABELS)} disabled={!!identity} />
        </Form.Item>
        <Form.Item
          label="手机号码"
          name="mobile"
          required
          validateTrigger={['onChange', 'onBlur']}
          rules={[
            {
              validator: (_, value: string | undefined) => {
                const found = mobileProblem(value ?? '');
                return found ? Promise.reject(new Error(found)) : Promise.resolve();
              },
            },
          ]}
        >
          <Input autoComplete="off" maxLength={15} inputMode="tel" />
        </Form.Item>
        <Form.Item label="身份" name="role">
          <Radio.Group options={labelOptions(VOLUNTEER_ROLE_LABELS)} />
        </Form.Item>
        <Form.Item label="职务" name="title" rules={[{ max: 50, message: '职务最多 50 个字' }]}>
          <Input placeholder="如 高级教师、工会主席" />
        </Form.Item>
        <Form.Item label="服务类别" name="serviceCategories">
          <Select
            mode="multiple"
            options={labelOptions(SERVICE_CATEGORY_LABELS)}
            placeholder="能提供的服务"
          />
        </Form.Item>
        <Form.Item
          label="技能"
          name="skills"
          extra="输入后按回车，可填多项"
          rules={[{ type: 'array', max: 20, message: '技能最多 20 项' }]}
        >
          <Select
            mode="tags"
            tokenSeparators={[',', '，', '、', ';', '；']}
            open={false}
            placeholder="如 急救、数学辅导"
          />
        </Form.Item>
        <Form.Item
          label="常住地区代码"
          name="homeAreaCode"
          extra="6 位行政区划代码，如 370102（济南市历下区）"
          validateTrigger={['onChange', 'onBlur']}
          rules={[
            { required: true, message: '请填写常住地区代码' },
            { pattern: /^\d{6}$/, message: '常住地区代码应为 6 位数字' },
          ]}
        >
          <Input maxLength={6} inputMode="numeric" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label="安全培训日期" name="safetyTrainedOn" extra="未参加安全培训的志愿者不能参加服务">
          <DatePicker
            placeholder="未培训"
            disabledDate={(date) => date.format('YYYY-MM-DD') > chinaToday()}
          />
        </Form.Item>
        <Form.List name="availability">
          {(items, { add, remove }) => (
            <Form.Item
              label="可服务时间（北京时间）"
              extra={items.length === 0 ? '未填写：匹配时不会按时间筛选' : undefined}
            >
              <Space orientation="vertical" style={{ width: '100%' }}>
                {items.map((item) => (
                  <Space key={item.key} align="baseline">
                    <Form.Item {...item} noStyle rules={[{ required: true, message: '请选择时间段' }]}>
                      <DatePicker.RangePicker
                        showTime={{ format: 'HH:mm' }}
                        format={TIME_FORMAT}
                        placeholder={['开始', '结束']}
                      />
                    </Form.Item>
                    <MinusCircleOutlined aria-label="删除这段时间" onClick={() => remove(item.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
                  添加一段可服务时间
                </Button>
              </Space>
            </Form.Item>
          )}
        </Form.List>
        {volunteer && (
          <Form.Item
            label="在册"
            name="active"
            valuePropName="checked"
            extra="停用后保留服务记录，不再参与匹配"
          >
            <Switch checkedChildren="在册" unCheckedChildren="停用" />
          </Form.Item>
        )}
        <Typography.Paragraph type="secondary">
          证件号码和手机号码只有本单位协调员、所在服务队负责人和本人能看到。
        </Typography.Paragraph>
      </Form>
    </Drawer>
  );
}
