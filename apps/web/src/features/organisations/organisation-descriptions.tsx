import { ProDescriptions } from '@ant-design/pro-components';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_TYPE_LABELS } from '@skillpay/domain';
import { useDomainLabels, valueEnumOf } from '../../app/i18n/labels';
import { useRegionLabel } from '../regions';
import { type Organisation } from './organisations.api';

export interface OrganisationDescriptionsProps {
  organisation: Organisation;
}

export function OrganisationDescriptions({ organisation }: OrganisationDescriptionsProps) {
  const { t } = useTranslation();
  const { language } = useDomainLabels();
  const regionLabel = useRegionLabel();
  return (
    <div data-testid="organisation-descriptions">
      <ProDescriptions<Organisation>
        column={2}
        bordered
        size="middle"
        dataSource={organisation}
        columns={[
          { title: t('organisations:name'), dataIndex: 'name', span: 2 },
          {
            title: t('organisations:type'),
            dataIndex: 'type',
            valueEnum: valueEnumOf(ORGANISATION_TYPE_LABELS, language),
          },
          {
            title: t('organisations:region'),
            dataIndex: 'regionName',
            render: (_dom, record) =>
              `${regionLabel(record.regionCode, record.regionName)} (${record.regionCode})`,
          },
          { title: t('organisations:address'), dataIndex: 'address', span: 2 },
          { title: t('organisations:contactPerson'), dataIndex: 'contactPerson' },
          { title: t('organisations:contactPhone'), dataIndex: 'contactPhone' },
          { title: t('common.createdAt'), dataIndex: 'createdAt', valueType: 'dateTime' },
          { title: t('common.updatedAt'), dataIndex: 'updatedAt', valueType: 'dateTime' },
        ]}
      />
    </div>
  );
}
