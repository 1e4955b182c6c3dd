import { PhoneOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import type { FieldVolunteerSiteFragment } from '../../graphql/generated';

/**
 * Where to go and whom to call: the site, its address and its contact, the phone a `tel:` link.
 * The API gives the contact's phone only to those working on one of the site's projects; others
 * are told whom to ask.
 */
export function SiteContact({ site }: { site: FieldVolunteerSiteFragment }) {
  return (
    <div className="vol-site" data-site-id={site.id}>
      <Typography.Text>
        地点：{site.name}
        {site.address ? `（${site.address}）` : ''}
      </Typography.Text>
      {site.contactPhone ? (
        <a className="vol-tel" href={`tel:${site.contactPhone.replace(/[^\d+]/g, '')}`} data-field="tel">
          <PhoneOutlined />
          联系人 {site.contactName ?? ''} {site.contactPhone}
        </a>
      ) : (
        <Typography.Text type="secondary">
          联系人：{site.contactName ?? '未登记'}
          {site.contactName ? '（电话请向单位协调员询问）' : ''}
        </Typography.Text>
      )}
    </div>
  );
}
