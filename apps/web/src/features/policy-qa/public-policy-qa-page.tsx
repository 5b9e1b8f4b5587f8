import './public-policy-qa.css';
import { answerParagraphs, formatBasis, formatChinaTime, POLICY_TOPIC_KEYS } from '@skillpay/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../app/api/api-error';
import { Pagination } from '../../public/pagination';
import { PublicAlert, PublicEmpty, PublicLoading, PublicTag } from '../../public/public-ui';
import { type PublicPolicyQa, type PublicPolicyQaQuery, usePublicPolicyQa } from './policy-qa.api';
import { usePolicyQaLabels } from './policy-qa-labels';

/*
 * 政策问答 for anyone (青人社字〔2021〕61号 四(三): 对社会关切的热点问题……认真解释、积极回应): the
 * published answers of the bureaus, searched by Chinese words, filtered by topic, each answer
 * opened on demand with its basis. Drawn light in the frame of PublicLayout: plain HTML, no antd.
 */

const PAGE_SIZE = 20;

const dateOf = (value: string) => formatChinaTime(value).slice(0, 10);

function Entry({ entry }: { entry: PublicPolicyQa }) {
  const { t } = useTranslation();
  const labels = usePolicyQaLabels();
  const region = labels.language === 'en' ? entry.regionNameEn : entry.regionName;
  const updated = dateOf(String(entry.updatedAt));
  const published = dateOf(String(entry.publishedAt));
  return (
    <li className="public-qa__entry" data-testid="public-policy-qa-entry">
      <details>
        <summary>
          <span className="public-qa__question">{entry.question}</span>
          <span className="public-qa__hint public-secondary">{t('policyQa:public.showAnswer')}</span>
        </summary>
        <div className="public-qa__answer" data-testid="public-policy-qa-answer">
          {answerParagraphs(entry.answer).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
          <div className="public-qa__basis">
            <span className="public-qa__label">{t('policyQa:public.basis')}</span>
            <ul>
              {entry.citations.map((item, index) => (
                <li key={index}>{formatBasis(item)}</li>
              ))}
            </ul>
          </div>
        </div>
      </details>
      <div className="public-wrap public-secondary public-qa__meta">
        {entry.topics.map((topic) => (
          <PublicTag key={topic}>{labels.topic(topic)}</PublicTag>
        ))}
        <span>{t('policyQa:public.regionAnswers', { region })}</span>
        <span>
          {t('policyQa:public.published')} {published}
        </span>
        {updated !== published ? (
          <span>
            {t('policyQa:public.updated')} {updated}
          </span>
        ) : null}
      </div>
    </li>
  );
}

interface SearchFormProps {
  initial: string;
  onSearch: (words: string) => void;
  onReset: () => void;
}

function SearchForm({ initial, onSearch, onReset }: SearchFormProps) {
  const { t } = useTranslation();
  const [words, setWords] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(words.trim());
  };
  return (
    <form className="public-filters public-qa__search" role="search" onSubmit={submit}>
      <label className="public-field public-field--wide">
        <span className="public-field__label">{t('policyQa:public.searchLabel')}</span>
        <input
          className="public-input"
          type="search"
          name="q"
          value={words}
          maxLength={100}
          placeholder={t('policyQa:searchPlaceholder')}
          onChange={(event) => setWords(event.target.value)}
          data-testid="public-policy-qa-search"
        />
      </label>
      <div className="public-qa__buttons">
        <button type="submit" className="public-button" data-testid="public-policy-qa-submit">
          {t('policyQa:public.searchButton')}
        </button>
        <button type="button" className="public-link-button" onClick={onReset}>
          {t('policyQa:public.reset')}
        </button>
      </div>
    </form>
  );
}

/** 政策问答: a search box, topic chips and the published answers, newest first. */
export function PublicPolicyQaPage() {
  const { t } = useTranslation();
  const labels = usePolicyQaLabels();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const topic = params.get('topic') ?? '';
  const q = params.get('q') ?? '';
  const query: PublicPolicyQaQuery = {
    page,
    pageSize: PAGE_SIZE,
    ...(q.trim() ? { q: q.trim() } : {}),
    ...(topic ? { topic: topic as PublicPolicyQaQuery['topic'] } : {}),
  };
  const results = usePublicPolicyQa(query);

  const apply = (next: Record<string, string>) => {
    const search = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) search.set(key, value);
      else search.delete(key);
    }
    if (!('page' in next)) search.delete('page');
    setParams(search);
  };
  const items = results.data?.items ?? [];
  const total = results.data?.total ?? 0;

  return (
    <div className="public-page" data-testid="public-policy-qa">
      <div>
        <h1 className="public-title">{t('policyQa:public.title')}</h1>
        <p className="public-subtitle">{t('policyQa:public.subtitle')}</p>
      </div>
      {/* keyed on the query: a new search (or the reset) starts the box from the address */}
      <SearchForm
        key={q}
        initial={q}
        onSearch={(words) => apply({ q: words })}
        onReset={() => setParams(new URLSearchParams())}
      />
      <div className="public-qa__chips" role="group" aria-label={t('policyQa:public.topicsLabel')}>
        {[''].concat(POLICY_TOPIC_KEYS).map((key) => (
          <button
            key={key || 'all'}
            type="button"
            className="public-qa__chip"
            aria-pressed={topic === key}
            onClick={() => apply({ topic: key })}
          >
            {key ? labels.topic(key) : t('policyQa:public.allTopics')}
          </button>
        ))}
      </div>
      {results.isError ? (
        <PublicAlert>{t('policyQa:public.loadFailed', { message: errorMessage(results.error) })}</PublicAlert>
      ) : null}
      {results.isLoading ? <PublicLoading /> : null}
      {results.data ? (
        <p className="public-secondary" aria-live="polite">
          {t('policyQa:public.results', { total })}
        </p>
      ) : null}
      {results.data && items.length === 0 ? <PublicEmpty>{t('policyQa:public.none')}</PublicEmpty> : null}
      {items.length > 0 ? (
        <ul className="public-qa__list">
          {items.map((entry) => (
            <Entry key={entry.id} entry={entry} />
          ))}
        </ul>
      ) : null}
      {total > PAGE_SIZE ? (
        <Pagination
          total={total}
          page={page}
          pageSize={PAGE_SIZE}
          pageSizes={[PAGE_SIZE]}
          onChange={(next) => apply({ page: next > 1 ? String(next) : '' })}
        />
      ) : null}
    </div>
  );
}
