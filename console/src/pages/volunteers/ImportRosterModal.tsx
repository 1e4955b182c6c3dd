import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Modal, Space, Steps, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { SdkError, type Client } from '../../../../client-sdk/src';
import { describeError } from '../../errors';
import { SERVICE_CATEGORY_LABELS, VOLUNTEER_ROLE_LABELS } from '../../labels';
import { isSignedOutError } from '../../session';
import { importRefusal, ROSTER_COLUMNS, rosterTemplateCsv } from './rules';

/** The server's limits (server/src/modules/volunteers/roster-import.service.ts ROSTER_LIMITS). */
const MAX_FILE_BYTES = 700 * 1024;
const MAX_ROWS = 5000;

interface Problem {
  line: number;
  column: string | null;
  code: string;
  message: string;
}

interface Checked {
  fileName: string;
  contentBase64: string;
  rowCount: number;
  problemCount: number;
  problems: Problem[];
}

/** The file's bytes as base64, read in the browser. */
function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('无法读取文件'));
    reader.readAsDataURL(file);
  });
}

function refusalText(error: unknown): string {
  if (error instanceof SdkError) {
    const known = importRefusal(error.message);
    if (known) return known;
  }
  return describeError(error);
}

/**
 * 导入名册: a unit's Excel/CSV roster, checked first by the server (dryRun: every problem by line
 * and column, nothing written), then imported at once on 确认导入 — all rows, or none.
 */
export default function ImportRosterModal(props: {
  open: boolean;
  client: Client;
  unitId: string;
  onClose: () => void;
  onImported: (count: number) => void;
  onSignedOut: () => void;
}) {
  const { open, client, unitId, onClose, onImported, onSignedOut } = props;
  const { message } = App.useApp();
  const [checking, setChecking] = useState(false);
  const [importing, setImporting] = useState(false);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  const templateUrl = useMemo(
    () => URL.createObjectURL(new Blob([rosterTemplateCsv()], { type: 'text/csv;charset=utf-8' })),
    [],
  );
  useEffect(() => () => URL.revokeObjectURL(templateUrl), [templateUrl]);

  const check = async (file: File) => {
    setChecked(null);
    setRefusal(null);
    if (!/\.(xlsx|csv)$/i.test(file.name)) {
      setRefusal(
        /\.xls$/i.test(file.name)
          ? '不能读取旧版 .xls 文件：请在 Excel 中“另存为” .xlsx 或 CSV 后再导入'
          : '只能导入 Excel（.xlsx）或 CSV 文件',
      );
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      setRefusal(
        `文件不能超过 ${MAX_FILE_BYTES / 1024} KB（这个文件 ${Math.ceil(file.size / 1024)} KB）：请把名册拆成几个文件分别导入`,
      );
      return;
    }
    setChecking(true);
    try {
      const contentBase64 = await readBase64(file);
      const result = await client.call('importVolunteerRoster', {
        input: { unitId, fileName: file.name, contentBase64, dryRun: true },
      });
      setChecked({
        fileName: file.name,
        contentBase64,
        rowCount: result.rowCount,
        problemCount: result.problemCount,
        problems: result.problems,
      });
    } catch (error) {
      if (isSignedOutError(error)) return onSignedOut();
      setRefusal(refusalText(error));
    } finally {
      setChecking(false);
    }
  };

  const confirm = async () => {
    if (!checked) return;
    setImporting(true);
    try {
      const result = await client.call('importVolunteerRoster', {
        input: { unitId, fileName: checked.fileName, contentBase64: checked.contentBase64, dryRun: false },
      });
      if (result.problemCount > 0) {
        // Something changed since the check (someone registered one of them meanwhile): nothing was written.
        setChecked({ ...checked, problemCount: result.problemCount, problems: result.problems });
        return;
      }
      message.success(`已导入 ${result.importedCount} 名志愿者`);
      onImported(result.importedCount);
    } catch (error) {
      if (isSignedOutError(error)) return onSignedOut();
      setRefusal(refusalText(error));
    } finally {
      setImporting(false);
    }
  };

  const ready = checked !== null && checked.problemCount === 0;
  const step = ready ? 2 : checked ? 1 : 0;

  return (
    <Modal
      title="导入名册"
      open={open}
      onCancel={() => !importing && onClose()}
      width={760}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose} disabled={importing}>
            取消
          </Button>
          <Button
            type="primary"
            disabled={!ready}
            loading={importing}
            onClick={() => void confirm()}
            data-action="confirm-import"
          >
            确认导入{ready ? ` ${checked.rowCount} 名` : ''}
          </Button>
        </Space>
      }
    >
      <Steps
        size="small"
        current={step}
        style={{ marginBottom: 16 }}
        items={[{ title: '选择名册文件' }, { title: '检查每一行' }, { title: '确认导入' }]}
      />
      <Typography.Paragraph>
        名册第一行是表头：{ROSTER_COLUMNS.join('、')}
        。姓名、证件号码（内地居民身份证）、手机号码、常住地区代码必填；
        性别可留空（按身份证号码判断）；身份填“{Object.values(VOLUNTEER_ROLE_LABELS).join('”或“')}”；
        服务类别和技能可填多项，用顿号分开；日期写成 2019-03-20。{' '}
        <a href={templateUrl} download="志愿者名册模板.csv">
          <DownloadOutlined /> 下载空白模板
        </a>
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        服务类别可填：{Object.values(SERVICE_CATEGORY_LABELS).join('、')}。 支持 .xlsx 和 CSV（UTF-8 或 Excel
        默认的 GBK 编码），不超过 {MAX_FILE_BYTES / 1024} KB、{MAX_ROWS}{' '}
        行。只要有一行有问题，就一个也不导入。
      </Typography.Paragraph>
      <Upload.Dragger
        accept=".xlsx,.csv"
        multiple={false}
        showUploadList={false}
        disabled={checking || importing}
        beforeUpload={(file) => {
          void check(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{checking ? '正在检查…' : '点击或把名册文件拖到这里'}</p>
        <p className="ant-upload-hint">
          {checked ? `已选：${checked.fileName}（可重新选择）` : '先检查，不会立即导入'}
        </p>
      </Upload.Dragger>
      {refusal && (
        <Alert style={{ marginTop: 16 }} type="error" showIcon title={refusal} data-testid="import-refusal" />
      )}
      {checked && ready && (
        <Alert
          style={{ marginTop: 16 }}
          type="success"
          showIcon
          data-testid="import-ready"
          title={`${checked.rowCount} 名志愿者可以导入`}
          description="每一行都已检查通过。点“确认导入”后一次全部登记。"
        />
      )}
      {checked && !ready && (
        <>
          <Alert
            style={{ marginTop: 16 }}
            type="error"
            showIcon
            data-testid="import-problems"
            title={`发现 ${checked.problemCount} 处问题，名册未导入`}
            description={`共 ${checked.rowCount} 行。请在 Excel 中改正下面的问题，保存后重新选择文件；改好之前一个也不会导入。${
              checked.problemCount > checked.problems.length
                ? `（只列出前 ${checked.problems.length} 处）`
                : ''
            }`}
          />
          <Table<Problem>
            style={{ marginTop: 12 }}
            size="small"
            rowKey={(p) => `${p.line}-${p.column ?? ''}-${p.code}-${p.message}`}
            dataSource={checked.problems}
            pagination={checked.problems.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
            columns={[
              { title: '行', dataIndex: 'line', width: 60 },
              {
                title: '列',
                dataIndex: 'column',
                width: 110,
                render: (column: string | null) => column ?? '—',
              },
              { title: '问题', dataIndex: 'message' },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
