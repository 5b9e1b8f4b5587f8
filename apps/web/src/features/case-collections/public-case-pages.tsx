import {
  ENTERPRISE_SIZE_LABELS,
  FIRST_CASE_ARTICLE,
  GUIDELINE_CHAPTER_KEYS,
  LAST_CASE_ARTICLE,
  OWNERSHIP_LABELS,
} from '@skillpay/domain';
import { type CSSProperties, type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useParams, useSearchParams } from 'react-router';
import { ApiRequestError, errorMessage } from '../../app/api/api-error';
import { appTheme } from '../../app/theme';
import {
  type CaseEnterprise,
  type CaseFigure,
  type PublicCaseQuery,
  publicDocxUrl,
  usePublicCase,
  usePublicCaseFilters,
  usePublicCaseSearch,
  usePublicCollection,
  usePublicCollections,
} from './case-collections.api';
import { type CaseLabels, useCaseLabels } from './case-labels';
import './public-cases.css';

/*
 * 案例精选 for anyone, without login: the published editions, each case as its edition prints it,
 * and a search with filters. Drawn light — plain semantic HTML and the portal's theme values, no
 * component library — so a first visit downloads little.
 */

const PAGE_SIZE = 10;

const THEME_VARIABLES = {
  '--pc-primary': appTheme.token?.colorPrimary,
  '--pc-warning': appTheme.token?.colorWarning,
  '--pc-tertiary': appTheme.token?.colorTextTertiary,
  '--pc-radius': `${appTheme.token?.borderRadius ?? 6}px`,
  '--pc-font': appTheme.token?.fontFamily,
} as CSSProperties;

/**
 * A case page inside the public frame (PublicLayout: the portal's header, language switch, login
 * link, footer — the same as 工资价位查询 and 人才名录), with the two ways into the cases on top.
 */
function PublicCasesLayout({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · ${t('caseCollections:public.siteTitle')}`;
  }, [title, t]);
  return (
    <div className="pc" style={THEME_VARIABLES}>
      <nav className="pc-nav" aria-label={t('caseCollections:public.siteTitle')}>
        <NavLink to="/public/case-collections" end>
          {t('caseCollections:public.collections')}
        </NavLink>
        <NavLink to="/public/cases">{t('caseCollections:public.search')}</NavLink>
      </nav>
      <div className="pc-main">{children}</div>
    </div>
  );
}

/** Loading, not found and failure, said plainly. */
function QueryState({ error, loading }: { error: unknown; loading: boolean }) {
  const { t } = useTranslation();
  if (loading) return <p className="pc-status">{t('caseCollections:public.loading')}</p>;
  if (error instanceof ApiRequestError && (error.status === 404 || error.status === 400)) {
    return (
      <p className="pc-status" role="alert">
        {t('caseCollections:public.notFound')}
      </p>
    );
  }
  return (
    <p className="pc-status" role="alert">
      {t('caseCollections:public.loadFailed', { message: errorMessage(error) })}
    </p>
  );
}

function Prose({ text }: { text: string }) {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return (
    <div className="pc-prose">
      {lines.map((line, index) => (
        <p key={index}>{line}</p>
      ))}
    </div>
  );
}

/** The gold 示范企业 tag (the city's mark of the case's enterprise in the case's programme). */
function DemonstrationTag() {
  const { t } = useTranslation();
  return (
    <span className="pc-demonstration" data-testid="public-case-demonstration">
      <span aria-hidden="true">★</span>
      {t('caseCollections:labels.demonstration')}
    </span>
  );
}

interface EnterpriseMetaProps {
  enterprise: CaseEnterprise;
  labels: CaseLabels;
  demonstration: boolean;
}

function EnterpriseMeta({ enterprise, labels, demonstration }: EnterpriseMetaProps) {
  return (
    <p className="pc-meta">
      <span>{enterprise.name}</span>
      {demonstration ? <DemonstrationTag /> : null}
      <span>{labels.region(enterprise)}</span>
      <span>{labels.industry(enterprise.industrySection)}</span>
      <span>{labels.size(enterprise.size)}</span>
      <span>{labels.ownership(enterprise.ownership)}</span>
    </p>
  );
}

function ChapterTags({ chapters, articles }: { chapters: string[]; articles?: number[] }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  return (
    <ul className="pc-tags" aria-label={t('caseCollections:labels.articles')}>
      {chapters.map((chapter) => (
        <li key={chapter}>{labels.chapter(chapter)}</li>
      ))}
      {(articles ?? []).map((article) => (
        <li key={article}>{t('caseCollections:labels.articleN', { n: article })}</li>
      ))}
    </ul>
  );
}

/** 案例精选: every published edition, the earlier and corrected ones too. */
export function PublicCollectionsPage() {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const collections = usePublicCollections();
  return (
    <PublicCasesLayout title={t('caseCollections:public.collections')}>
      <h1>{t('caseCollections:public.collections')}</h1>
      <p className="pc-lead">{t('caseCollections:public.collectionsIntro')}</p>
      {collections.data ? (
        collections.data.items.length === 0 ? (
          <p className="pc-status">{t('caseCollections:public.none')}</p>
        ) : (
          collections.data.items.map((collection) => (
            <article key={collection.id} className="pc-panel" data-testid="public-collection">
              <h2 style={{ marginTop: 0 }}>
                <Link to={`/public/case-collections/${collection.id}`}>
                  {labels.region(collection)} · {collection.title}
                </Link>
              </h2>
              <p className="pc-meta">
                <span>
                  {t('caseCollections:public.publishedOn', { date: labels.date(collection.publishedAt) })}
                </span>
                <span>{t('caseCollections:public.casesIn', { count: collection.caseCount })}</span>
              </p>
              {collection.corrects ? (
                <p className="pc-meta">
                  {t('caseCollections:correctsNotice', { title: collection.corrects.title })}
                </p>
              ) : null}
              {collection.correctedBy ? (
                <p className="pc-meta">
                  {t('caseCollections:correctedByNotice', { title: collection.correctedBy.title })}
                </p>
              ) : null}
            </article>
          ))
        )
      ) : (
        <QueryState error={collections.error} loading={collections.isLoading} />
      )}
    </PublicCasesLayout>
  );
}

/** One edition: its foreword and contents, and the docx. */
export function PublicCollectionPage() {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const { id = '' } = useParams<{ id: string }>();
  const collection = usePublicCollection(id);
  const data = collection.data;
  return (
    <PublicCasesLayout title={data ? data.title : t('caseCollections:public.collections')}>
      <p>
        <Link to="/public/case-collections">← {t('caseCollections:public.allCollections')}</Link>
      </p>
      {data ? (
        <>
          <h1>
            {labels.region(data)} · {data.title}
          </h1>
          <p className="pc-meta" style={{ marginBottom: 16 }}>
            <span>{t('caseCollections:public.publishedOn', { date: labels.date(data.publishedAt) })}</span>
            <span>{t('caseCollections:public.casesIn', { count: data.caseCount })}</span>
          </p>
          {data.corrects ? (
            <p className="pc-notice">
              <Link to={`/public/case-collections/${data.corrects.id}`}>
                {t('caseCollections:correctsNotice', { title: data.corrects.title })}
              </Link>
            </p>
          ) : null}
          {data.correctedBy ? (
            <p className="pc-notice pc-warning">
              <Link to={`/public/case-collections/${data.correctedBy.id}`}>
                {t('caseCollections:correctedByNotice', { title: data.correctedBy.title })}
              </Link>
            </p>
          ) : null}
          <p>
            <a className="pc-button" href={publicDocxUrl(data.id)} download data-testid="public-docx">
              {t('caseCollections:public.downloadDocx')}
            </a>
          </p>
          {data.foreword.trim() ? (
            <section className="pc-panel">
              <h2 style={{ marginTop: 0 }}>{t('caseCollections:foreword')}</h2>
              <Prose text={data.foreword} />
            </section>
          ) : null}
          <section className="pc-panel">
            <h2 style={{ marginTop: 0 }}>{t('caseCollections:public.contents')}</h2>
            <ol className="pc-toc">
              {data.cases.map((entry) => (
                <li key={entry.caseId} data-testid="public-collection-case">
                  <h3>
                    <Link to={`/public/case-collections/${data.id}/cases/${entry.caseId}`}>
                      {entry.title}
                    </Link>
                  </h3>
                  <EnterpriseMeta
                    enterprise={entry.enterprise}
                    labels={labels}
                    demonstration={entry.demonstration}
                  />
                  <ChapterTags chapters={entry.chapters} />
                  {entry.editorNote ? (
                    <p className="pc-note">
                      <strong>{t('caseCollections:public.editorNote')}：</strong>
                      {entry.editorNote}
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          </section>
        </>
      ) : (
        <QueryState error={collection.error} loading={collection.isLoading} />
      )}
    </PublicCasesLayout>
  );
}

function FiguresTable({ results, labels }: { results: CaseFigure[]; labels: CaseLabels }) {
  const { t } = useTranslation();
  return (
    <div className="pc-table-wrap">
      <table className="pc-table" data-testid="public-case-figures">
        <caption className="pc-visually-hidden">{t('caseCollections:public.figures')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('caseCollections:public.indicator')}</th>
            <th scope="col" className="pc-num">
              {t('caseCollections:public.before')}
            </th>
            <th scope="col" className="pc-num">
              {t('caseCollections:public.after')}
            </th>
            <th scope="col">{t('caseCollections:public.unit')}</th>
            <th scope="col">{t('caseCollections:public.period')}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((result, index) => (
            <tr key={index}>
              <td>{result.indicator}</td>
              <td className="pc-num">{labels.figure(result.before)}</td>
              <td className="pc-num">{labels.figure(result.after)}</td>
              <td className="pc-nowrap">{result.unit}</td>
              <td>{result.period}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One case as its edition prints it. */
export function PublicCasePage() {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const { id = '', caseId = '' } = useParams<{ id: string; caseId: string }>();
  const found = usePublicCase(id, caseId);
  const data = found.data;
  return (
    <PublicCasesLayout title={data ? data.title : t('caseCollections:public.collections')}>
      {data ? (
        <article>
          <p>
            <Link to={`/public/case-collections/${data.collection.id}`}>
              ← {t('caseCollections:public.backToCollection', { title: data.collection.title })}
            </Link>
          </p>
          <h1>{data.title}</h1>
          <EnterpriseMeta enterprise={data.enterprise} labels={labels} demonstration={data.demonstration} />
          <ChapterTags chapters={data.chapters} articles={data.articles} />
          {data.demonstration && data.demonstrationReason ? (
            <p className="pc-note pc-demonstration-note" data-testid="public-case-demonstration-reason">
              <strong>{t('caseCollections:labels.demonstrationReason')}：</strong>
              {data.demonstrationReason}
            </p>
          ) : null}
          {data.editorNote ? (
            <p className="pc-note">
              <strong>{t('caseCollections:public.editorNote')}：</strong>
              {data.editorNote}
            </p>
          ) : null}
          <section className="pc-panel" style={{ marginTop: 16 }}>
            <h2 style={{ marginTop: 0 }}>{t('caseCollections:public.background')}</h2>
            <Prose text={data.background} />
            <h2>{t('caseCollections:public.measures')}</h2>
            <Prose text={data.measures} />
            <h2>{t('caseCollections:public.results')}</h2>
            {data.results.length > 0 ? <FiguresTable results={data.results} labels={labels} /> : null}
            <div style={{ marginTop: 12 }}>
              <Prose text={data.resultsNarrative} />
            </div>
            {data.wageOutcome && data.wageOutcome.levels.length > 0 ? (
              <>
                <h3 style={{ marginTop: 16 }}>
                  {t('caseCollections:public.wageOutcome', {
                    from: data.wageOutcome.fromYear,
                    to: data.wageOutcome.toYear,
                  })}
                </h3>
                <div className="pc-table-wrap">
                  <table className="pc-table">
                    <thead>
                      <tr>
                        <th scope="col">{t('caseCollections:public.skillLevel')}</th>
                        <th scope="col" className="pc-num">
                          {data.wageOutcome.fromYear}
                        </th>
                        <th scope="col" className="pc-num">
                          {data.wageOutcome.toYear}
                        </th>
                        <th scope="col" className="pc-num">
                          {t('caseCollections:public.change')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.wageOutcome.levels.map((level) => (
                        <tr key={level.skillLevel}>
                          <td>{labels.skillLevel(level.skillLevel)}</td>
                          <td className="pc-num">{labels.figure(level.fromMeanAnnual)}</td>
                          <td className="pc-num">{labels.figure(level.toMeanAnnual)}</td>
                          <td className="pc-num">
                            {level.changePercent === null ? '—' : `${labels.figure(level.changePercent)}%`}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            ) : null}
          </section>
        </article>
      ) : (
        <QueryState error={found.error} loading={found.isLoading} />
      )}
    </PublicCasesLayout>
  );
}

/** The words searched for, marked in a passage. */
function Highlighted({ text, words }: { text: string; words: string }) {
  const needle = words.trim();
  if (!needle) return <>{text}</>;
  const parts: ReactNode[] = [];
  const lower = text.toLowerCase();
  const target = needle.toLowerCase();
  let from = 0;
  for (let at = lower.indexOf(target); at >= 0; at = lower.indexOf(target, from)) {
    parts.push(text.slice(from, at), <mark key={at}>{text.slice(at, at + needle.length)}</mark>);
    from = at + needle.length;
  }
  parts.push(text.slice(from));
  return <>{parts}</>;
}

type FilterKey = 'q' | 'chapter' | 'article' | 'industry' | 'size' | 'ownership' | 'regionCode';

/** 案例检索: words in title, measures and results; filters by chapter, article, industry, size, ownership, region. */
export function PublicCaseSearchPage() {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const [params, setParams] = useSearchParams();
  const filters = usePublicCaseFilters();
  const value = (key: FilterKey) => params.get(key) ?? '';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const query: PublicCaseQuery = {
    page,
    pageSize: PAGE_SIZE,
    ...(value('q').trim() ? { q: value('q').trim() } : {}),
    ...(value('chapter') ? { chapter: value('chapter') as PublicCaseQuery['chapter'] } : {}),
    ...(value('article') ? { article: Number(value('article')) } : {}),
    ...(value('industry') ? { industry: value('industry') as PublicCaseQuery['industry'] } : {}),
    ...(value('size') ? { size: value('size') as PublicCaseQuery['size'] } : {}),
    ...(value('ownership') ? { ownership: value('ownership') as PublicCaseQuery['ownership'] } : {}),
    ...(value('regionCode') ? { regionCode: value('regionCode') } : {}),
  };
  const results = usePublicCaseSearch(query);
  const [words, setWords] = useState(value('q'));
  useEffect(() => setWords(params.get('q') ?? ''), [params]);

  const apply = (next: Partial<Record<FilterKey | 'page', string>>) => {
    const search = new URLSearchParams(params);
    for (const [key, item] of Object.entries(next)) {
      if (item) search.set(key, item);
      else search.delete(key);
    }
    if (!('page' in next)) search.delete('page');
    setParams(search);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply({ q: words.trim() });
  };
  const select = (
    key: FilterKey,
    label: string,
    any: string,
    options: Array<{ value: string; label: string }>,
  ) => (
    <label>
      {label}
      <select value={value(key)} onChange={(event) => apply({ [key]: event.target.value })} name={key}>
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
  const articles = Array.from(
    { length: LAST_CASE_ARTICLE - FIRST_CASE_ARTICLE + 1 },
    (_, i) => FIRST_CASE_ARTICLE + i,
  );
  const total = results.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <PublicCasesLayout title={t('caseCollections:public.search')}>
      <h1>{t('caseCollections:public.search')}</h1>
      <form className="pc-panel pc-search" role="search" onSubmit={submit}>
        <label className="pc-q">
          {t('caseCollections:public.searchButton')}
          <input
            type="search"
            name="q"
            value={words}
            maxLength={50}
            placeholder={t('caseCollections:public.searchPlaceholder')}
            onChange={(event) => setWords(event.target.value)}
          />
        </label>
        <div className="pc-search-actions">
          <button type="submit" className="pc-button">
            {t('caseCollections:public.searchButton')}
          </button>
          <button
            type="button"
            className="pc-button pc-secondary"
            onClick={() => setParams(new URLSearchParams())}
          >
            {t('caseCollections:public.reset')}
          </button>
        </div>
        {select(
          'chapter',
          t('caseCollections:labels.chapter'),
          t('caseCollections:public.anyChapter'),
          GUIDELINE_CHAPTER_KEYS.map((key) => ({ value: key, label: labels.chapter(key) })),
        )}
        {select(
          'article',
          t('caseCollections:labels.article'),
          t('caseCollections:public.anyArticle'),
          articles.map((n) => ({ value: String(n), label: t('caseCollections:labels.articleN', { n }) })),
        )}
        {select(
          'industry',
          t('caseCollections:labels.industry'),
          t('caseCollections:public.anyIndustry'),
          (filters.data?.industries ?? []).map((code) => ({ value: code, label: labels.industry(code) })),
        )}
        {select(
          'size',
          t('caseCollections:labels.size'),
          t('caseCollections:public.anySize'),
          Object.keys(ENTERPRISE_SIZE_LABELS).map((size) => ({ value: size, label: labels.size(size) })),
        )}
        {select(
          'ownership',
          t('caseCollections:labels.ownership'),
          t('caseCollections:public.anyOwnership'),
          Object.keys(OWNERSHIP_LABELS).map((ownership) => ({
            value: ownership,
            label: labels.ownership(ownership),
          })),
        )}
        {select(
          'regionCode',
          t('caseCollections:labels.region'),
          t('caseCollections:public.anyRegion'),
          (filters.data?.regions ?? []).map((region) => ({
            value: region.code,
            label: labels.region({ regionName: region.name, regionNameEn: region.nameEn }),
          })),
        )}
      </form>
      {results.data ? (
        <section aria-live="polite">
          <p className="pc-meta" style={{ marginBottom: 12 }} data-testid="public-case-count">
            {total > 0
              ? t('caseCollections:public.found', { count: total })
              : t('caseCollections:public.nothingFound')}
          </p>
          <ol className="pc-results">
            {results.data.items.map((hit) => (
              <li key={hit.caseId} className="pc-panel" data-testid="public-case-hit">
                <h2 style={{ marginTop: 0, fontSize: 18 }}>
                  <Link to={`/public/case-collections/${hit.collection.id}/cases/${hit.caseId}`}>
                    <Highlighted text={hit.title} words={query.q ?? ''} />
                  </Link>
                </h2>
                <EnterpriseMeta
                  enterprise={hit.enterprise}
                  labels={labels}
                  demonstration={hit.demonstration}
                />
                <p className="pc-excerpt">
                  <Highlighted text={hit.excerpt} words={query.q ?? ''} />
                </p>
                {hit.results.length > 0 ? (
                  <ul className="pc-figures">
                    {hit.results.slice(0, 4).map((result, index) => (
                      <li key={index}>
                        {result.indicator}：{labels.figureChange(result)}
                      </li>
                    ))}
                  </ul>
                ) : null}
                <ChapterTags chapters={hit.chapters} />
                <p className="pc-meta" style={{ marginTop: 8 }}>
                  <Link to={`/public/case-collections/${hit.collection.id}`}>
                    {t('caseCollections:public.from', { title: hit.collection.title })}
                  </Link>
                </p>
              </li>
            ))}
          </ol>
          {pages > 1 ? (
            <nav className="pc-pager" aria-label={t('caseCollections:public.pageOf', { page, pages })}>
              <button
                type="button"
                className="pc-button pc-secondary"
                disabled={page <= 1}
                onClick={() => apply({ page: String(page - 1) })}
              >
                {t('caseCollections:public.previous')}
              </button>
              <span className="pc-nowrap">{t('caseCollections:public.pageOf', { page, pages })}</span>
              <button
                type="button"
                className="pc-button pc-secondary"
                disabled={page >= pages}
                onClick={() => apply({ page: String(page + 1) })}
              >
                {t('caseCollections:public.next')}
              </button>
            </nav>
          ) : null}
        </section>
      ) : (
        <QueryState error={results.error} loading={results.isLoading} />
      )}
    </PublicCasesLayout>
  );
}
