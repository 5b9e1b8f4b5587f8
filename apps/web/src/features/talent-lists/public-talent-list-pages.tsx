import { formatChinaTime, SKILL_LEVEL_LABELS } from '@skillpay/domain';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiRequestError, errorMessage } from '../../app/api/api-error';
import { useLanguage } from '../../app/i18n/i18n';
import { labelOf } from '../../app/i18n/labels';
import { Pagination } from '../../public/pagination';
import { PublicAlert, PublicEmpty, PublicIcon, PublicLoading, PublicSection } from '../../public/public-ui';
import {
  type EntryQuery,
  publicTalentListXlsxUrl,
  usePublicTalentList,
  usePublicTalentListEntries,
  usePublicTalentLists,
} from './talent-lists.api';

/*
 * 高技能领军人才名录 for anyone, without login (中办发〔2018〕16号 三: the database published to
 * the public): the published editions, and one edition's public list — name (某某 without
 * consent), employer, occupation, level and honours — searched, filtered, paged and downloaded.
 * Drawn light in the frame of PublicLayout: plain HTML and the public pieces, no antd.
 */

function day(value: string | null | undefined): string {
  return value ? formatChinaTime(value).slice(0, 10) : '';
}

/** The published editions, newest first. */
export function PublicTalentListsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const editions = usePublicTalentLists(paging.page, paging.pageSize);
  return (
    <div className="public-page" data-testid="public-talent-lists">
      <div>
        <h1 className="public-title">{t('talentLists:public.title')}</h1>
        <p className="public-subtitle">{t('talentLists:public.subtitle')}</p>
      </div>
      {editions.isError ? (
        <PublicAlert>
          {t('talentLists:public.loadFailed', { message: errorMessage(editions.error) })}
        </PublicAlert>
      ) : null}
      <PublicSection title={t('talentLists:public.editions')}>
        {editions.isLoading ? <PublicLoading /> : null}
        {editions.data && editions.data.items.length === 0 ? (
          <PublicEmpty>{t('talentLists:public.none')}</PublicEmpty>
        ) : null}
        {editions.data && editions.data.items.length > 0 ? (
          <>
            <div
              className="public-table-scroll"
              role="region"
              aria-label={t('talentLists:public.editions')}
              tabIndex={0}
            >
              <table className="public-table">
                <thead>
                  <tr>
                    <th scope="col">{t('talentLists:edition')}</th>
                    <th scope="col" className="public-table__numeric">
                      {t('talentLists:talents')}
                    </th>
                    <th scope="col">{t('talentLists:publishedAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {editions.data.items.map((edition) => (
                    <tr key={edition.id}>
                      <td>
                        <Link to={`/public/talent-lists/${edition.id}`}>
                          {language === 'en' ? edition.titleEn : edition.title}
                        </Link>
                      </td>
                      <td className="public-table__numeric">{edition.talentCount}</td>
                      <td>{day(edition.publishedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination
              total={editions.data.total}
              page={paging.page}
              pageSize={paging.pageSize}
              onChange={(page, pageSize) => setPaging({ page, pageSize })}
            />
          </>
        ) : null}
      </PublicSection>
    </div>
  );
}

type Filters = Pick<EntryQuery, 'q' | 'occupationCode' | 'honourId'>;

/** One published edition: the public list with search, filters, paging and the xlsx. */
export function PublicTalentListPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id = '' } = useParams();
  const edition = usePublicTalentList(id);
  const [filters, setFilters] = useState<Filters>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const entries = usePublicTalentListEntries(id, { ...filters, ...paging });
  const ids = { q: useId(), occupation: useId(), honour: useId() };
  const [draft, setDraft] = useState<Filters>({});

  if (edition.isError) {
    const missing = edition.error instanceof ApiRequestError && edition.error.status === 404;
    return (
      <div className="public-page">
        <PublicAlert>
          {missing
            ? t('talentLists:public.notFound')
            : t('talentLists:public.loadFailed', { message: errorMessage(edition.error) })}
        </PublicAlert>
        <Link to="/public/talent-lists">{t('talentLists:public.back')}</Link>
      </div>
    );
  }
  if (!edition.data) return <PublicLoading />;
  const detail = edition.data;
  const option = (item: { value: string; label: string; labelEn: string | null }) => (
    <option key={item.value} value={item.value}>
      {language === 'en' ? (item.labelEn ?? item.label) : item.label}
    </option>
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFilters({
      q: draft.q?.trim() || undefined,
      occupationCode: draft.occupationCode || undefined,
      honourId: draft.honourId || undefined,
    });
    setPaging((current) => ({ ...current, page: 1 }));
  };
  const reset = () => {
    setDraft({});
    setFilters({});
    setPaging((current) => ({ ...current, page: 1 }));
  };

  return (
    <div className="public-page" data-testid="public-talent-list">
      <div>
        <p>
          <Link to="/public/talent-lists">{t('talentLists:public.back')}</Link>
        </p>
        <h1 className="public-title">{language === 'en' ? detail.titleEn : detail.title}</h1>
        <p className="public-subtitle">
          {t('talentLists:publishedAt')} {day(detail.publishedAt)} ·{' '}
          {t('talentLists:public.count', { count: detail.talentCount })}
        </p>
      </div>
      <form className="public-filters" role="search" onSubmit={submit}>
        <div className="public-field">
          <label className="public-field__label" htmlFor={ids.q}>
            {t('talentLists:search')}
          </label>
          <input
            id={ids.q}
            className="public-input"
            value={draft.q ?? ''}
            maxLength={50}
            onChange={(event) => setDraft({ ...draft, q: event.target.value })}
            data-testid="public-talent-search"
          />
        </div>
        <div className="public-field">
          <label className="public-field__label" htmlFor={ids.occupation}>
            {t('talentLists:occupation')}
          </label>
          <select
            id={ids.occupation}
            className="public-select"
            value={draft.occupationCode ?? ''}
            onChange={(event) => setDraft({ ...draft, occupationCode: event.target.value })}
          >
            <option value="">{t('talentLists:all')}</option>
            {detail.occupations.map(option)}
          </select>
        </div>
        <div className="public-field">
          <label className="public-field__label" htmlFor={ids.honour}>
            {t('talentLists:honour')}
          </label>
          <select
            id={ids.honour}
            className="public-select"
            value={draft.honourId ?? ''}
            onChange={(event) => setDraft({ ...draft, honourId: event.target.value })}
          >
            <option value="">{t('talentLists:all')}</option>
            {detail.honours.map(option)}
          </select>
        </div>
        <div className="public-field">
          <span className="public-field__label" aria-hidden>
            &nbsp;
          </span>
          <span>
            <button type="submit" className="public-button">
              {t('talentLists:public.filter')}
            </button>{' '}
            <button type="button" className="public-button public-button--link" onClick={reset}>
              {t('talentLists:public.reset')}
            </button>
          </span>
        </div>
      </form>
      {entries.isError ? (
        <PublicAlert>
          {t('talentLists:public.loadFailed', { message: errorMessage(entries.error) })}
        </PublicAlert>
      ) : null}
      <PublicSection
        title={t('talentLists:audiencePublic')}
        extra={
          <a className="public-button" href={publicTalentListXlsxUrl(id)} data-testid="public-talent-xlsx">
            <PublicIcon name="download" />
            {t('talentLists:download')} xlsx
          </a>
        }
      >
        <p className="public-secondary">{t('talentLists:publicNote')}</p>
        <div className="public-table-scroll" role="region" aria-label={detail.title} tabIndex={0}>
          <table className="public-table" data-testid="public-talent-entries" aria-busy={entries.isFetching}>
            <thead>
              <tr>
                <th scope="col" className="public-table__numeric">
                  {t('talentLists:columns.position')}
                </th>
                <th scope="col">{t('talentLists:columns.name')}</th>
                <th scope="col">{t('talentLists:columns.enterprise')}</th>
                <th scope="col">{t('talentLists:columns.occupation')}</th>
                <th scope="col">{t('talentLists:columns.skillLevel')}</th>
                <th scope="col">{t('talentLists:columns.honours')}</th>
              </tr>
            </thead>
            <tbody>
              {(entries.data?.items ?? []).map((entry) => (
                <tr key={entry.position}>
                  <td className="public-table__numeric">{entry.position}</td>
                  <td>{entry.name === '某某' && language === 'en' ? '(name withheld)' : entry.name}</td>
                  <td>{entry.enterpriseName}</td>
                  <td>
                    {language === 'en'
                      ? (entry.occupationNameEn ?? entry.occupationName)
                      : entry.occupationName}
                  </td>
                  <td>{labelOf(SKILL_LEVEL_LABELS, entry.skillLevel, language)}</td>
                  <td>
                    {entry.honours
                      .map((honour) =>
                        t('talentLists:honourYear', {
                          name: language === 'en' ? (honour.nameEn ?? honour.nameZh) : honour.nameZh,
                          year: honour.year,
                        }),
                      )
                      .join('；')}
                  </td>
                </tr>
              ))}
              {entries.data && entries.data.items.length === 0 ? (
                <tr>
                  <td colSpan={6} className="public-table__empty">
                    {t('talentLists:public.nothingFound')}
                  </td>
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
        {entries.data ? (
          <Pagination
            total={entries.data.total}
            page={paging.page}
            pageSize={paging.pageSize}
            onChange={(page, pageSize) => setPaging({ page, pageSize })}
          />
        ) : null}
      </PublicSection>
    </div>
  );
}
