import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, Select, Tag } from 'antd';
import { SdkError, type ServiceCategory } from '../../../../client-sdk/src';
import { useSignedIn } from '../../auth';
import { describeError } from '../../errors';
import type { FieldVolunteerMeQuery } from '../../graphql/generated';
import {
  GENDER_LABELS,
  labelOf,
  labelOptions,
  SERVICE_CATEGORY_LABELS,
  VOLUNTEER_ROLE_LABELS,
} from '../../labels';
import {
  maskDocumentNumber,
  mobileProblem,
  splitTags,
  volunteerProblemMessage,
} from '../../pages/volunteers/rules';
import { isSignedOutError } from '../../session';

type Volunteer = NonNullable<FieldVolunteerMeQuery['me']['volunteer']>;

interface Values {
  mobile: string;
  title?: string;
  /** Typed as one line: split on 、，, ; and spaces. */
  skills: string;
  subjects: string;
  serviceCategories: ServiceCategory[];
}

/** The fields of the form the server may name in a refusal. */
const FIELDS = ['mobile', 'title', 'skills', 'subjects', 'serviceCategories'] as const;

/**
 * 我的资料: name, number, unit, gender and ID number (masked: the owner knows it) as the API gives
 * them; 编辑 changes what a volunteer may change themselves (volunteer.access.ts
 * SELF_EDITABLE_FIELDS): mobile, 职务, skills, subjects and service categories. The rest is the
 * unit coordinator's to change.
 */
export default function MeProfile({ volunteer, onSaved }: { volunteer: Volunteer; onSaved(): void }) {
  const { client, expired } = useSignedIn();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const open = () => {
    form.setFieldsValue({
      mobile: volunteer.mobile,
      title: volunteer.title ?? '',
      skills: volunteer.skills.join('、'),
      subjects: volunteer.subjects.join('、'),
      serviceCategories: volunteer.serviceCategories,
    });
    setProblem(null);
    setEditing(true);
  };

  const save = async (values: Values) => {
    setSaving(true);
    setProblem(null);
    try {
      await client.call('updateVolunteer', {
        id: volunteer.id,
        input: {
          mobile: values.mobile.replace(/[\s-]/g, ''),
          title: values.title?.trim() ? values.title.trim() : null,
          skills: splitTags(values.skills ?? ''),
          subjects: splitTags(values.subjects ?? ''),
          serviceCategories: values.serviceCategories,
        },
      });
      message.success('资料已保存');
      setEditing(false);
      onSaved();
    } catch (error) {
      if (isSignedOutError(error)) return expired();
      const name =
        error instanceof SdkError
          ? FIELDS.find((f) => (error.field ?? '').replace(/^input\./, '').startsWith(f))
          : undefined;
      if (error instanceof SdkError && name) {
        form.setFields([{ name, errors: [volunteerProblemMessage(error.field, error.message, error.code)] }]);
      } else {
        setProblem(describeError(error));
      }
    } finally {
      setSaving(false);
    }
  };

  const tags = (values: readonly string[]) =>
    values.length === 0 ? '未填写' : values.map((v) => <Tag key={v}>{v}</Tag>);

  return (
    <Card
      size="small"
      className="vol-card"
      title="我的资料"
      data-testid="profile"
      extra={
        !editing && (
          <Button size="large" type="link" data-action="edit-profile" onClick={open}>
            编辑
          </Button>
        )
      }
    >
      {!editing ? (
        <Descriptions column={1} size="small">
          <Descriptions.Item label="姓名">{volunteer.name}</Descriptions.Item>
          <Descriptions.Item label="志愿者编号">{volunteer.volunteerNumber}</Descriptions.Item>
          <Descriptions.Item label="身份">
            {labelOf(VOLUNTEER_ROLE_LABELS, volunteer.role)} · {labelOf(GENDER_LABELS, volunteer.gender)}
          </Descriptions.Item>
          <Descriptions.Item label="证件号码">
            {maskDocumentNumber(volunteer.documentNumber)}
          </Descriptions.Item>
          <Descriptions.Item label="手机号码">{volunteer.mobile}</Descriptions.Item>
          <Descriptions.Item label="职务">{volunteer.title ?? '未填写'}</Descriptions.Item>
          <Descriptions.Item label="所在服务队">
            {volunteer.memberships.length === 0
              ? '还没有加入服务队'
              : volunteer.memberships.map((m) => <Tag key={m.id}>{m.team.name}</Tag>)}
          </Descriptions.Item>
          <Descriptions.Item label="服务类别">
            {volunteer.serviceCategories.length === 0
              ? '未填写'
              : volunteer.serviceCategories.map((c) => (
                  <Tag key={c} color="blue">
                    {labelOf(SERVICE_CATEGORY_LABELS, c)}
                  </Tag>
                ))}
          </Descriptions.Item>
          <Descriptions.Item label="技能">
            <span data-field="skills">{tags(volunteer.skills)}</span>
          </Descriptions.Item>
          <Descriptions.Item label="任教学科">{tags(volunteer.subjects)}</Descriptions.Item>
        </Descriptions>
      ) : (
        <Form form={form} name="profile" layout="vertical" onFinish={(v) => void save(v)}>
          {problem && <Alert type="error" showIcon title={problem} />}
          <Form.Item
            label="手机号码"
            name="mobile"
            rules={[
              {
                validator: (_, value: string | undefined) => {
                  const found = mobileProblem(value ?? '');
                  return found ? Promise.reject(new Error(found)) : Promise.resolve();
                },
              },
            ]}
          >
            <Input inputMode="tel" autoComplete="tel" maxLength={15} />
          </Form.Item>
          <Form.Item label="职务" name="title">
            <Input maxLength={50} placeholder="例如：高级教师" />
          </Form.Item>
          <Form.Item label="服务类别" name="serviceCategories">
            <Select
              mode="multiple"
              aria-label="服务类别"
              classNames={{ popup: { root: 'vol-popup' } }}
              options={labelOptions(SERVICE_CATEGORY_LABELS)}
              placeholder="你能提供的服务"
            />
          </Form.Item>
          <Form.Item label="技能" name="skills" extra="几项之间用顿号或逗号隔开，例如：急救培训、心理辅导">
            <Input maxLength={400} placeholder="未填写" />
          </Form.Item>
          <Form.Item label="任教学科" name="subjects" extra="例如：数学、物理">
            <Input maxLength={400} placeholder="未填写" />
          </Form.Item>
          <div className="vol-pair">
            <Button size="large" disabled={saving} onClick={() => setEditing(false)}>
              取消
            </Button>
            <Button size="large" type="primary" htmlType="submit" loading={saving} data-action="save-profile">
              保存
            </Button>
          </div>
        </Form>
      )}
    </Card>
  );
}
