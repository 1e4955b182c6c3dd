import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, App, Button, Card, Empty, Input, Radio, Typography } from 'antd';
import { useSignedIn } from '../../auth';
import { chinaDate } from '../../china-time';
import { formatHours } from '../../pages/records/rules';
import { isSignedOutError } from '../../session';
import type { OutboxEntry } from '../outbox';
import { QrScanButton } from './QrScanButton';
import {
  codeFromScan,
  formatSegment,
  normaliseCode,
  presenceCandidates,
  presenceRefusal,
  type RecordData,
} from './rules';

/**
 * 确认到场 (/field/record/presence?code=…): the site's contact shows a 服务码 (as text or as a QR
 * code holding this page's address); the volunteer enters it (or scans it, or the scan opened this
 * page with it filled in) for the record of that service: presence confirmed by both sides, once.
 * The records it may confirm are mine not yet reviewed nor confirmed; today's come first, and
 * when only one fits it is chosen already.
 */
export default function PresencePage(props: { data: RecordData; waiting: OutboxEntry[]; reload(): void }) {
  const { data, waiting, reload } = props;
  const { client, expired } = useSignedIn();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [code, setCode] = useState(() => normaliseCode(params.get('code') ?? ''));
  const [codeError, setCodeError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const today = chinaDate();
  const { candidates, ofToday } = useMemo(() => {
    const all = presenceCandidates(data.records);
    const todays = all.filter((r) => chinaDate(new Date(r.startsAt)) === today);
    return { candidates: [...todays, ...all.filter((r) => !todays.includes(r))], ofToday: todays };
  }, [data.records, today]);
  const [recordId, setRecordId] = useState<string | null>(null);

  // The record asked for, else the only one of today (or the only one at all) that fits.
  useEffect(() => {
    setRecordId((current) => {
      if (current && candidates.some((r) => r.id === current)) return current;
      const asked = params.get('record');
      if (asked && candidates.some((r) => r.id === asked)) return asked;
      if (ofToday.length === 1) return ofToday[0]!.id;
      if (candidates.length === 1) return candidates[0]!.id;
      return null;
    });
  }, [candidates, ofToday, params]);

  const scanned = (text: string | null) => {
    const found = text ? codeFromScan(text) : null;
    if (found) {
      setCode(found);
      setCodeError(null);
      message.success(`已识别服务码 ${found}`);
    } else {
      message.warning('没有认出服务码：请把二维码拍清楚再试一次，或直接输入服务码');
    }
  };

  const confirm = async () => {
    setProblem(null);
    if (!code) return setCodeError('请输入帮扶点出示的服务码');
    if (!recordId) return setProblem('请选择这次服务的记录');
    setSending(true);
    try {
      await client.call('confirmPresence', { code, id: recordId });
      message.success('已确认到场');
      reload();
      void navigate('/field/record');
    } catch (error) {
      if (isSignedOutError(error)) return expired();
      const why = presenceRefusal(error);
      if (why.onCode) setCodeError(why.message);
      else setProblem(why.message);
      reload();
    } finally {
      setSending(false);
    }
  };

  return (
    <div className="vol" data-testid="presence">
      <Typography.Paragraph type="secondary">
        到达服务地点后，请帮扶点联系人出示服务码或二维码。输入或扫描服务码，并选择这次服务的记录，即确认你到场服务。每条记录只能确认一次。
      </Typography.Paragraph>
      {problem && <Alert type="error" showIcon title={problem} data-testid="presence-problem" />}
      <Card size="small" className="vol-card" title="服务码">
        <div className="vol-code">
          <Input
            size="large"
            aria-label="服务码"
            data-testid="presence-code"
            value={code}
            status={codeError ? 'error' : undefined}
            autoComplete="off"
            autoCapitalize="characters"
            placeholder="例如 K7MP2QXA"
            maxLength={16}
            onChange={(event) => {
              setCode(normaliseCode(event.target.value));
              setCodeError(null);
            }}
          />
          <QrScanButton onText={scanned} />
        </div>
        {codeError && (
          <Typography.Text type="danger" data-testid="presence-code-error">
            {codeError}
          </Typography.Text>
        )}
      </Card>

      <Card size="small" className="vol-card" title="这次服务的记录">
        {candidates.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              waiting.length > 0
                ? `你有 ${waiting.length} 条记录还没发到服务器（待发送），发送后才能确认到场。`
                : '没有可以确认到场的记录。请先在“记录”中记下这次服务的时长，再回来输入服务码。'
            }
          >
            <Button size="large" onClick={() => navigate('/field/record')}>
              去记录服务时长
            </Button>
          </Empty>
        ) : (
          <Radio.Group
            className="vol-choices"
            value={recordId}
            onChange={(event) => {
              setRecordId(event.target.value as string);
              setProblem(null);
            }}
          >
            {candidates.map((r) => (
              <Radio key={r.id} value={r.id}>
                <span className="vol-choice" data-record-id={r.id}>
                  <span>{formatSegment(r.startsAt, r.endsAt)}</span>
                  <Typography.Text type="secondary">
                    {formatHours(r.hours)} 小时 · {r.project.name} · {r.post.name}
                  </Typography.Text>
                </span>
              </Radio>
            ))}
          </Radio.Group>
        )}
      </Card>

      <Button
        type="primary"
        size="large"
        block
        loading={sending}
        disabled={candidates.length === 0}
        data-action="confirm-presence"
        onClick={() => void confirm()}
      >
        确认到场
      </Button>
      <Button size="large" block onClick={() => navigate('/field/record')}>
        返回记录
      </Button>
    </div>
  );
}
