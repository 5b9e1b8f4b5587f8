import './public-demonstration.css';
import { DemonstrationUnitKind, formatChinaTime } from '@skillpay/domain';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/api/api-error';
import { useLanguage } from '../../app/i18n/i18n';
import { PublicAlert, PublicEmpty, PublicLoading, PublicSection, PublicTag } from '../../public/public-ui';
import { type PublicDemonstrationUnits, usePublicDemonstrationUnits } from './evaluation.api';
import { formatNumber } from './evaluation-format';

type PublicUnit = PublicDemonstrationUnits['items'][number];

/*
 * 示范单位 for anyone (青人社字〔2021〕61号 四(三): 推广 …): the demonstration enterprises and model
 * districts the city bureau marked, with the reason and figures that reveal no enterprise's pay —
 * the adoption index and whether high-skill pay grew at least as fast as management's. Drawn
 * light in the frame of PublicLayout: plain HTML and the public pieces, no antd.
 */

function UnitEntry({ unit }: { unit: PublicUnit }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <li data-testid="public-demonstration-unit">
      <div className="public-wrap" style={{ alignItems: 'baseline' }}>
        <h3 className="public-demonstration__name">{unit.name}</h3>
        {unit.kind === DemonstrationUnitKind.Enterprise ? (
          <span className="public-secondary">{unit.placeName}</span>
        ) : null}
      </div>
      <p className="public-demonstration__reason">{unit.reason}</p>
      <div className="public-wrap public-secondary" style={{ marginTop: 8 }}>
        <span>{unit.programmeTitle}</span>
        <span>
          {t('evaluation:public.markedOn')} {formatChinaTime(String(unit.markedAt)).slice(0, 10)}
        </span>
        {unit.pilots !== null ? (
          <span className="public-demonstration__figures">
            {t('evaluation:demonstration.snapshotPilots', { count: unit.pilots })}
          </span>
        ) : null}
        {unit.index !== null ? (
          <span className="public-demonstration__figures">
            {t('evaluation:demonstration.snapshotIndex', { index: formatNumber(unit.index, language) })}
          </span>
        ) : null}
        {unit.ruleHolds ? (
          <PublicTag tone="success" title={t('evaluation:overview.ruleBasis')}>
            {t('evaluation:overview.ruleHolds')}
          </PublicTag>
        ) : null}
      </div>
    </li>
  );
}

/** 示范单位: the published demonstration enterprises and model districts, each with its reason. */
export function PublicDemonstrationUnitsPage() {
  const { t } = useTranslation();
  const units = usePublicDemonstrationUnits();
  const items = units.data?.items ?? [];
  const kinds = [DemonstrationUnitKind.Enterprise, DemonstrationUnitKind.District];
  const kindTitle = (kind: DemonstrationUnitKind) =>
    kind === DemonstrationUnitKind.Enterprise
      ? t('evaluation:public.enterprises')
      : t('evaluation:public.districts');
  return (
    <div className="public-page" data-testid="public-demonstration-units">
      <div>
        <h1 className="public-title">{t('evaluation:public.title')}</h1>
        <p className="public-subtitle">{t('evaluation:public.subtitle')}</p>
      </div>
      {units.isError ? (
        <PublicAlert>{t('evaluation:public.loadFailed', { message: errorMessage(units.error) })}</PublicAlert>
      ) : null}
      {units.isLoading ? <PublicLoading /> : null}
      {units.data && items.length === 0 ? <PublicEmpty>{t('evaluation:public.none')}</PublicEmpty> : null}
      {kinds.map((kind) => {
        const ofKind = items.filter((unit) => unit.kind === kind);
        return ofKind.length > 0 ? (
          <PublicSection key={kind} title={kindTitle(kind)}>
            <ul className="public-demonstration-list">
              {ofKind.map((unit) => (
                <UnitEntry key={unit.id} unit={unit} />
              ))}
            </ul>
          </PublicSection>
        ) : null;
      })}
    </div>
  );
}
