import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Empty, Space, Table, Tag, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { SdkError } from '../../../../client-sdk/src';
import { useSignedIn } from '../../auth';
import { formatChinaTime } from '../../china-time';
import { describeError } from '../../errors';
import type { DashboardMaterialsFragment, DashboardProvinceQuery } from '../../graphql/generated';
import { isSignedOutError } from '../../session';

/** The server takes at most this much (the API's JSON body holds it as base64). */
const MAX_BYTES = 700 * 1024;

function stateTag(m: Pick<DashboardMaterialsFragment, 'received' | 'late' | 'overdue'>) {
  if (m.received) {
    return m.late ? <Tag color="orange">逾期报送</Tag> : <Tag color="green">已报送</Tag>;
  }
  return m.overdue ? <Tag color="red">已逾期</Tag> : <Tag>未报送</Tag>;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KB`;
}

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/**
 * 活动总结材料 for a unit's coordinator: download the draft the system writes (teams, projects,
 * totals, support, training, service logs), edit it in Word, hand it in here; the state and the file
 * as received. The due date is the campaign's FINAL_MATERIALS milestone, in China time.
 */
export function UnitMaterials({
  campaignId,
  materials,
  onChanged,
}: {
  campaignId: string;
  materials: DashboardMaterialsFragment;
  onChanged: () => void;
}) {
  const { client, expired } = useSignedIn();
  const { message } = App.useApp();
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const send = async (file: File) => {
    setProblem(null);
    if (!/\.docx$/i.test(file.name)) {
      setProblem('请上传 Word 文档（.docx）；.doc 或 WPS 文件请先在 Word/WPS 中“另存为 .docx”。');
      return;
    }
    if (file.size > MAX_BYTES) {
      setProblem(`文件 ${kb(file.size)}，超过 700 KB：请在 Word 中压缩图片（文件 → 压缩图片）后再上传。`);
      return;
    }
    setSending(true);
    try {
      await client.call('submitSummaryMaterials', {
        input: {
          unitId: materials.unitId,
          campaignId,
          fileName: file.name,
          contentBase64: await base64Of(file),
        },
      });
      message.success('活动总结材料已报送');
      onChanged();
    } catch (error) {
      if (isSignedOutError(error)) return expired();
      setProblem(error instanceof SdkError ? error.message : describeError(error));
    } finally {
      setSending(false);
    }
  };

  const file = materials.materials;
  return (
    <Card title="活动总结材料" data-testid="unit-materials">
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label="截止日期">{materials.dueOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="状态">
          <span data-field="materials-state">{stateTag(materials)}</span>
        </Descriptions.Item>
        <Descriptions.Item label="报送时间">
          {materials.submittedAt ? formatChinaTime(materials.submittedAt) : '—'}
        </Descriptions.Item>
        {file && (
          <Descriptions.Item label="已报送文件" span={3}>
            <Space wrap>
              <span data-field="materials-file">{file.fileName}</span>
              <Typography.Text type="secondary">
                {kb(file.byteSize)}
                {file.uploadCount > 1 ? `，第 ${file.uploadCount} 次上传` : ''}
              </Typography.Text>
              <Button size="small" icon={<DownloadOutlined />} href={file.downloadPath} download>
                下载已报送的文件
              </Button>
            </Space>
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        先下载系统生成的草稿（服务队、项目、服务时长与人次、物资和资金支持、培训、服务日志选登），在 Word
        中补充主要做法、特色内容和存在问题，再上传定稿（.docx，不超过 700
        KB）。截止日前可以重新上传替换；截止后只能补交一次。
      </Typography.Paragraph>
      {problem && (
        <Alert
          type="error"
          showIcon
          title={problem}
          style={{ marginBottom: 12 }}
          data-field="materials-error"
        />
      )}
      <Space wrap>
        <Button
          icon={<DownloadOutlined />}
          href={materials.draftDownloadPath}
          download
          data-action="materials-draft"
        >
          下载草稿（Word）
        </Button>
        <Upload
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          showUploadList={false}
          disabled={!materials.canUpload || sending}
          beforeUpload={(chosen) => {
            void send(chosen);
            return false;
          }}
        >
          <Button
            type="primary"
            icon={<UploadOutlined />}
            loading={sending}
            disabled={!materials.canUpload}
            data-action="materials-upload"
          >
            {file ? '重新上传定稿' : '上传定稿'}
          </Button>
        </Upload>
        {!materials.canUpload && (
          <Typography.Text type="secondary">已过截止日期，报送的文件不再更改。</Typography.Text>
        )}
      </Space>
    </Card>
  );
}

type Overview = NonNullable<DashboardProvinceQuery['materials']>;

/** The province's list of who has handed in their 活动总结材料, with each file to download. */
export function MaterialsOverview({ overview }: { overview: Overview }) {
  const columns: ColumnsType<DashboardMaterialsFragment> = [
    { title: '单位', dataIndex: 'unitName', key: 'unitName' },
    {
      title: '状态',
      key: 'state',
      filters: [
        { text: '已报送', value: 'received' },
        { text: '未报送', value: 'missing' },
        { text: '已逾期', value: 'overdue' },
      ],
      onFilter: (value, row) =>
        value === 'received' ? row.received : value === 'overdue' ? row.overdue : !row.received,
      render: (_, row) => <span data-field="materials-state">{stateTag(row)}</span>,
    },
    {
      title: '报送时间',
      key: 'submittedAt',
      render: (_, row) => (row.submittedAt ? formatChinaTime(row.submittedAt) : '—'),
    },
    {
      title: '文件',
      key: 'file',
      render: (_, row) =>
        row.materials ? (
          <a href={row.materials.downloadPath} download data-action="materials-download">
            {row.materials.fileName}
          </a>
        ) : null,
    },
  ];
  return (
    <Card title="活动总结材料报送情况" data-testid="materials-overview">
      <Typography.Paragraph>
        截止 {overview.dueOn ?? '—'}：已报送 {overview.received} / {overview.units.length} 个单位
        {overview.late > 0 && `（其中 ${overview.late} 个逾期报送）`}
        {overview.overdue > 0 && (
          <Typography.Text type="danger">，{overview.overdue} 个单位已逾期未报送</Typography.Text>
        )}
        。
      </Typography.Paragraph>
      <Table<DashboardMaterialsFragment>
        rowKey="unitId"
        size="small"
        columns={columns}
        dataSource={overview.units}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description="还没有市或高校教育工会。" /> }}
      />
    </Card>
  );
}
