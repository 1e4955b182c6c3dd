import { useEffect, useState } from 'react';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useSignedIn } from '../../auth';
import { formFieldOf } from '../../errors';
import { isSignedOutError } from '../../session';
import { teamErrorText } from './rules';

interface TeamFields {
  name: string;
  description?: string;
}

/** 新建服务队 (with unitId) or 编辑 (with team): name and description, the server's word beside them. */
export function TeamFormModal({
  open,
  onClose,
  onSaved,
  unitId,
  team,
}: {
  open: boolean;
  onClose: () => void;
  onSaved: (id: string) => void;
  unitId?: string;
  team?: { id: string; name: string; description?: string | null };
}) {
  const { client, expired } = useSignedIn();
  const { message } = App.useApp();
  const [form] = Form.useForm<TeamFields>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (open) {
      form.setFieldsValue({ name: team?.name ?? '', description: team?.description ?? '' });
      setProblem(null);
    }
  }, [open, team, form]);

  const save = async (values: TeamFields) => {
    setSaving(true);
    setProblem(null);
    const input = { name: values.name.trim(), description: values.description?.trim() || null };
    try {
      const saved = team
        ? await client.call('updateServiceTeam', { id: team.id, input })
        : await client.call('createServiceTeam', { input: { ...input, unitId: unitId! } });
      message.success(team ? '已保存' : `已新建服务队“${input.name}”：请添加成员`);
      onClose();
      onSaved(saved.id);
    } catch (error) {
      if (isSignedOutError(error)) return expired();
      const field = formFieldOf(error, ['name', 'description'] as const);
      if (field) form.setFields([{ name: field, errors: [teamErrorText(error)] }]);
      else setProblem(teamErrorText(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={team ? '编辑服务队' : '新建服务队'}
      open={open}
      onCancel={() => !saving && onClose()}
      okText={team ? '保存' : '新建'}
      cancelText="取消"
      okButtonProps={{ loading: saving }}
      onOk={() => form.submit()}
      forceRender
    >
      {problem && <Alert style={{ marginBottom: 16 }} type="error" showIcon title={problem} />}
      <Form form={form} name="team" layout="vertical" onFinish={(v) => void save(v)}>
        <Form.Item
          label="服务队名称"
          name="name"
          rules={[
            { required: true, whitespace: true, message: '请填写服务队名称' },
            { max: 100, message: '名称最多 100 个字' },
          ]}
        >
          <Input placeholder="例如：济南市教职工志愿服务3队" />
        </Form.Item>
        <Form.Item label="简介" name="description" rules={[{ max: 2000, message: '简介最多 2000 个字' }]}>
          <Input.TextArea rows={3} placeholder="服务方向、主要成员等（可不填）" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
