import { useEffect, useState } from 'react';
import { Alert, Card, Typography } from 'antd';
import { toDataURL } from 'qrcode';
import { formatChinaTime } from '../../china-time';
import type { FieldSiteProjectFragment } from '../../graphql/generated';
import { groupCode, presenceUrl, timeLeft, type IssuedCode } from './rules';

/**
 * The issued code as the volunteers present see it on the contact's phone: the characters large
 * enough to read at arm's length, and a QR code of the volunteer's 确认到场 page with the code in it
 * (a WeChat scan opens it), with until when it works in China time.
 */
export default function CodeCard(props: {
  issued: IssuedCode;
  project: FieldSiteProjectFragment;
  date: string;
}) {
  const { issued, project, date } = props;
  const url = presenceUrl(window.location.origin, issued.code);
  const [qr, setQr] = useState<string | null>(null);
  const [now, setNow] = useState(() => new Date());

  useEffect(() => {
    let current = true;
    setQr(null);
    // Error correction M and the standard 4-module quiet zone: scanned off a phone's screen.
    toDataURL(url, { errorCorrectionLevel: 'M', margin: 4, width: 480 })
      .then((data) => current && setQr(data))
      .catch(() => current && setQr(null));
    return () => {
      current = false;
    };
  }, [url]);

  // The time left, and the code greyed out once it has expired.
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 15_000);
    return () => clearInterval(timer);
  }, []);
  const left = timeLeft(issued.expiresAt, now);

  return (
    <Card size="small" className="site-code-card" data-testid="code-card">
      <Typography.Text type="secondary" className="site-wrap">
        {project.name} · {date}
      </Typography.Text>
      <div
        className={`site-code${left ? '' : ' site-code-expired'}`}
        data-testid="service-code"
        data-code={issued.code}
      >
        {groupCode(issued.code)}
      </div>
      {qr && (
        <img
          src={qr}
          alt="服务码二维码：用微信扫一扫确认到场"
          className="site-qr"
          data-testid="service-code-qr"
          data-url={url}
        />
      )}
      <Typography.Text data-testid="code-expires">
        有效期至 {formatChinaTime(issued.expiresAt)}（北京时间）
      </Typography.Text>
      {left ? (
        <Typography.Text type="secondary">
          还剩 {left}。请志愿者用微信扫码，或在“记录”页输入服务码确认到场。
        </Typography.Text>
      ) : (
        <Alert type="warning" showIcon title="服务码已过期，请重新生成" />
      )}
    </Card>
  );
}
