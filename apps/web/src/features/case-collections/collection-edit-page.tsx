import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  DownloadOutlined,
  ExportOutlined,
  PlusOutlined,
  SaveOutlined,
  SendOutlined,
  StarFilled,
} from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Empty,
  Flex,
  Input,
  List,
  Popconfirm,
  Space,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import {
  CaseCollectionStatus,
  CaseStatus,
  can,
  chapterOfArticle,
  GUIDELINE_CHAPTER_KEYS,
} from '@skillpay/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiRequestError, errorMessage, showError } from '../../app/api/api-error';
import { useCurrentRole } from '../../app/session/session-user';
import { PageLoading } from '../../ui/page-loading';
import { ErrorResult, NotFoundResult } from '../../ui/status-results';
import {
  type CaseCollection,
  type CaseEnterprise,
  downloadCollectionDocx,
  useCaseCollection,
  useCollectionCandidates,
  useDeleteCaseCollection,
  usePublishCaseCollection,
  useUpdateCaseCollection,
} from './case-collections.api';
import { useCaseLabels } from './case-labels';
import { CollectionStatusTag, NewEditionModal } from './collection-list-page';

/** A case of the edition as the editor holds it until saved. */
interface DraftEntry {
  caseId: string;
  title: string;
  enterprise: CaseEnterprise;
  chapters: string[];
  caseStatus: string;
  versionNo: number | null;
  editorNote: string;
  /** 示范企业 of the case's programme, with the city's reason (shown, never sent) */
  demonstration: boolean;
  demonstrationReason: string | null;
}

interface Draft {
  title: string;
  foreword: string;
  entries: DraftEntry[];
}

function draftOf(collection: CaseCollection): Draft {
  return {
    title: collection.title,
    foreword: collection.foreword,
    entries: collection.entries.map((entry) => ({
      caseId: entry.caseId,
      title: entry.title,
      enterprise: entry.enterprise,
      chapters: entry.chapters,
      caseStatus: entry.caseStatus,
      versionNo: entry.versionNo,
      editorNote: entry.editorNote,
      demonstration: entry.demonstration,
      demonstrationReason: entry.demonstrationReason,
    })),
  };
}

/** The guideline chapters of the articles, in the guideline's order. */
function chaptersOf(articles: readonly number[]): string[] {
  const chapters = new Set(articles.map(chapterOfArticle));
  return GUIDELINE_CHAPTER_KEYS.filter((key) => chapters.has(key));
}

/** The gold 示范企业 tag, the city's reason on hover. */
function DemonstrationTag({ reason }: { reason: string | null }) {
  const { t } = useTranslation();
  const tag = (
    <Tag color="gold" icon={<StarFilled />} data-testid="case-demonstration">
      {t('caseCollections:labels.demonstration')}
    </Tag>
  );
  return reason ? (
    <Tooltip title={`${t('caseCollections:labels.demonstrationReason')}：${reason}`}>{tag}</Tooltip>
  ) : (
    tag
  );
}

function sameDraft(a: Draft, b: Draft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * One edition: the city orders its selected cases, writes the foreword and the editor's notes,
 * downloads the 案例汇编 to proofread, and publishes; a published edition is read-only and can be
 * corrected by a new edition. Districts read it.
 */
export function CollectionEditPage() {
  const { id } = useParams<{ id: string }>();
  const collection = useCaseCollection(id);
  if (collection.isLoading) return <PageLoading />;
  if (collection.isError) {
    const { error } = collection;
    if (error instanceof ApiRequestError && error.status === 404) return <NotFoundResult />;
    return <ErrorResult message={errorMessage(error)} onRetry={() => void collection.refetch()} />;
  }
  if (!collection.data) return <NotFoundResult />;
  // the editor starts again from the record whenever its version changes (a save, a reload)
  return (
    <CollectionEditor key={`${collection.data.id}:${collection.data.version}`} record={collection.data} />
  );
}

function CollectionEditor({ record }: { record: CaseCollection }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const labels = useCaseLabels();
  const role = useCurrentRole();
  const update = useUpdateCaseCollection();
  const publish = usePublishCaseCollection();
  const remove = useDeleteCaseCollection();
  const editable = record.editable;
  const candidates = useCollectionCandidates(editable);
  const [draft, setDraft] = useState<Draft>(() => draftOf(record));
  const [correcting, setCorrecting] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const [onlyDemonstration, setOnlyDemonstration] = useState(false);
  const inEdition = useMemo(() => new Set(draft.entries.map((entry) => entry.caseId)), [draft]);

  const dirty = !sameDraft(draft, draftOf(record));
  const published = record.status === CaseCollectionStatus.Published;

  const change = (next: Partial<Draft>) => setDraft({ ...draft, ...next });
  const changeEntry = (index: number, next: Partial<DraftEntry>) =>
    change({ entries: draft.entries.map((entry, i) => (i === index ? { ...entry, ...next } : entry)) });
  const move = (index: number, by: -1 | 1) => {
    const entries = [...draft.entries];
    const [entry] = entries.splice(index, 1);
    entries.splice(index + by, 0, entry);
    change({ entries });
  };

  const save = async (): Promise<CaseCollection | null> => {
    try {
      const saved = await update.mutateAsync({
        collection: record,
        input: {
          title: draft.title.trim(),
          foreword: draft.foreword,
          entries: draft.entries.map((entry) => ({ caseId: entry.caseId, editorNote: entry.editorNote })),
        },
      });
      message.success(t('caseCollections:builder.saved'));
      return saved;
    } catch (error) {
      showError(message, error);
      return null;
    }
  };

  const publishNow = async () => {
    const current = dirty ? await save() : record;
    if (!current) return;
    try {
      await publish.mutateAsync(current);
      message.success(t('caseCollections:builder.published'));
    } catch (error) {
      showError(message, error);
    }
  };

  const download = async () => {
    setDownloading(true);
    try {
      await downloadCollectionDocx(record.id);
    } catch (error) {
      showError(message, error);
    } finally {
      setDownloading(false);
    }
  };

  const actions = [
    <Button key="docx" icon={<DownloadOutlined />} loading={downloading} onClick={() => void download()}>
      {t('caseCollections:builder.docx')}
    </Button>,
  ];
  if (editable) {
    actions.push(
      <Popconfirm
        key="delete"
        title={t('caseCollections:builder.deleteConfirm')}
        okButtonProps={{ danger: true }}
        onConfirm={async () => {
          try {
            await remove.mutateAsync(record);
            message.success(t('caseCollections:builder.deleted'));
            navigate('/case-collections', { replace: true });
          } catch (error) {
            showError(message, error);
          }
        }}
      >
        <Button danger icon={<DeleteOutlined />}>
          {t('caseCollections:builder.delete')}
        </Button>
      </Popconfirm>,
      <Button
        key="save"
        icon={<SaveOutlined />}
        disabled={!dirty || !draft.title.trim()}
        loading={update.isPending}
        onClick={() => void save()}
      >
        {t('caseCollections:builder.save')}
      </Button>,
      <Popconfirm
        key="publish"
        title={t('caseCollections:builder.publishConfirm', { count: draft.entries.length })}
        disabled={draft.entries.length === 0}
        onConfirm={() => publishNow()}
      >
        <Button
          type="primary"
          icon={<SendOutlined />}
          disabled={draft.entries.length === 0 || !draft.title.trim()}
          loading={publish.isPending}
        >
          {t('caseCollections:builder.publish')}
        </Button>
      </Popconfirm>,
    );
  }
  if (published) {
    actions.push(
      <Button
        key="public"
        icon={<ExportOutlined />}
        href={`/public/case-collections/${record.id}`}
        target="_blank"
      >
        {t('caseCollections:builder.viewPublic')}
      </Button>,
    );
    if (can(role, 'caseCollections', 'create') && !record.correctedBy) {
      actions.push(
        <Button key="correct" onClick={() => setCorrecting(true)}>
          {t('caseCollections:builder.correct')}
        </Button>,
      );
    }
  }

  // the API lists the cases of 示范企业 first; the city may look at those alone
  const addable = (candidates.data?.items ?? []).filter((candidate) => !inEdition.has(candidate.caseId));
  const demonstrationCount = addable.filter((candidate) => candidate.demonstration).length;
  const available = onlyDemonstration ? addable.filter((candidate) => candidate.demonstration) : addable;

  return (
    <PageContainer
      title={record.title}
      subTitle={labels.region(record)}
      tags={<CollectionStatusTag status={record.status} />}
      onBack={() => navigate('/case-collections')}
      breadcrumbRender={false}
      extra={actions}
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {record.corrects ? (
          <Alert
            type="info"
            showIcon
            message={
              <Link to={`/case-collections/${record.corrects.id}`}>
                {t('caseCollections:correctsNotice', { title: record.corrects.title })}
              </Link>
            }
          />
        ) : null}
        {record.correctedBy ? (
          <Alert
            type="warning"
            showIcon
            message={
              <Link to={`/case-collections/${record.correctedBy.id}`}>
                {t('caseCollections:correctedByNotice', { title: record.correctedBy.title })}
              </Link>
            }
          />
        ) : null}
        {published ? <Alert type="success" showIcon message={t('caseCollections:builder.readOnly')} /> : null}
        {!published && !editable ? (
          <Alert type="info" showIcon message={t('caseCollections:builder.districtReadOnly')} />
        ) : null}
        {editable && dirty ? (
          <Alert type="warning" showIcon message={t('caseCollections:builder.unsaved')} />
        ) : null}

        <Card>
          <Flex vertical gap={12}>
            <label style={{ display: 'flex', flexDirection: 'column' }}>
              <Typography.Text strong>{t('caseCollections:editionTitle')}</Typography.Text>
              <Input
                value={draft.title}
                maxLength={100}
                disabled={!editable}
                status={draft.title.trim() ? undefined : 'error'}
                onChange={(event) => change({ title: event.target.value })}
                style={{ marginTop: 4, maxWidth: 480 }}
              />
            </label>
            <label style={{ display: 'flex', flexDirection: 'column' }}>
              <Typography.Text strong>{t('caseCollections:foreword')}</Typography.Text>
              <Input.TextArea
                value={draft.foreword}
                maxLength={20000}
                disabled={!editable}
                autoSize={{ minRows: 3, maxRows: 12 }}
                onChange={(event) => change({ foreword: event.target.value })}
                style={{ marginTop: 4 }}
              />
            </label>
          </Flex>
        </Card>

        <Card title={`${t('caseCollections:cases')}（${draft.entries.length}）`}>
          {draft.entries.length === 0 ? (
            <Empty description={t('caseCollections:empty')} />
          ) : (
            <List
              dataSource={draft.entries}
              rowKey="caseId"
              renderItem={(entry, index) => (
                <List.Item
                  data-testid="collection-entry"
                  actions={
                    editable
                      ? [
                          <Button
                            key="up"
                            size="small"
                            icon={<ArrowUpOutlined />}
                            aria-label={t('caseCollections:builder.moveUp')}
                            title={t('caseCollections:builder.moveUp')}
                            disabled={index === 0}
                            onClick={() => move(index, -1)}
                          />,
                          <Button
                            key="down"
                            size="small"
                            icon={<ArrowDownOutlined />}
                            aria-label={t('caseCollections:builder.moveDown')}
                            title={t('caseCollections:builder.moveDown')}
                            disabled={index === draft.entries.length - 1}
                            onClick={() => move(index, 1)}
                          />,
                          <Button
                            key="remove"
                            size="small"
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={t('caseCollections:builder.remove')}
                            title={t('caseCollections:builder.remove')}
                            onClick={() => change({ entries: draft.entries.filter((_, i) => i !== index) })}
                          />,
                        ]
                      : []
                  }
                >
                  <Flex vertical gap={6} style={{ width: '100%' }}>
                    <Flex gap={8} align="baseline" wrap>
                      <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                        {t('caseCollections:builder.position', { n: index + 1 })}
                      </Typography.Text>
                      <Typography.Text strong>
                        <Link to={`/cases/${entry.caseId}`}>{entry.title}</Link>
                      </Typography.Text>
                      {entry.versionNo ? (
                        <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                          {t('caseCollections:builder.version', { n: entry.versionNo })}
                        </Typography.Text>
                      ) : null}
                      <Tag color={entry.caseStatus === CaseStatus.Published ? 'success' : 'processing'}>
                        {labels.caseStatus(entry.caseStatus)}
                      </Tag>
                      {entry.demonstration ? <DemonstrationTag reason={entry.demonstrationReason} /> : null}
                    </Flex>
                    <Typography.Text type="secondary">
                      {entry.enterprise.name} · {labels.enterpriseLine(entry.enterprise)}
                    </Typography.Text>
                    <div>
                      {entry.chapters.map((chapter) => (
                        <Tag key={chapter}>{labels.chapter(chapter)}</Tag>
                      ))}
                    </div>
                    {editable ? (
                      <Input.TextArea
                        aria-label={`${t('caseCollections:builder.editorNote')}：${entry.title}`}
                        placeholder={t('caseCollections:builder.editorNotePlaceholder')}
                        value={entry.editorNote}
                        maxLength={5000}
                        autoSize={{ minRows: 1, maxRows: 6 }}
                        onChange={(event) => changeEntry(index, { editorNote: event.target.value })}
                      />
                    ) : entry.editorNote ? (
                      <Typography.Paragraph style={{ marginBottom: 0 }}>
                        <Typography.Text strong>{t('caseCollections:builder.editorNote')}：</Typography.Text>
                        {entry.editorNote}
                      </Typography.Paragraph>
                    ) : null}
                  </Flex>
                </List.Item>
              )}
            />
          )}
        </Card>

        {editable ? (
          <Card
            title={t('caseCollections:builder.addCases')}
            loading={candidates.isLoading}
            extra={
              <Checkbox
                checked={onlyDemonstration}
                disabled={demonstrationCount === 0 && !onlyDemonstration}
                onChange={(event) => setOnlyDemonstration(event.target.checked)}
                data-testid="only-demonstration"
              >
                {t('caseCollections:builder.onlyDemonstration', { count: demonstrationCount })}
              </Checkbox>
            }
          >
            {available.length === 0 ? (
              <Empty
                description={t(
                  onlyDemonstration
                    ? 'caseCollections:builder.noDemonstration'
                    : 'caseCollections:builder.noCandidates',
                )}
              />
            ) : (
              <List
                dataSource={available}
                rowKey="caseId"
                renderItem={(candidate) => {
                  const others = candidate.inDrafts.filter((other) => other.id !== record.id);
                  return (
                    <List.Item
                      data-testid="collection-candidate"
                      actions={[
                        <Button
                          key="add"
                          size="small"
                          icon={<PlusOutlined />}
                          onClick={() =>
                            change({
                              entries: [
                                ...draft.entries,
                                {
                                  caseId: candidate.caseId,
                                  title: candidate.title,
                                  enterprise: candidate.enterprise,
                                  chapters: chaptersOf(candidate.articles),
                                  caseStatus: candidate.status,
                                  versionNo: null,
                                  editorNote: '',
                                  demonstration: candidate.demonstration,
                                  demonstrationReason: candidate.demonstrationReason,
                                },
                              ],
                            })
                          }
                        >
                          {t('caseCollections:builder.add')}
                        </Button>,
                      ]}
                    >
                      <List.Item.Meta
                        title={
                          <Flex gap={8} align="baseline" wrap>
                            <Link to={`/cases/${candidate.caseId}`}>{candidate.title}</Link>
                            {candidate.demonstration ? (
                              <DemonstrationTag reason={candidate.demonstrationReason} />
                            ) : null}
                          </Flex>
                        }
                        description={
                          <>
                            {candidate.enterprise.name} · {labels.enterpriseLine(candidate.enterprise)}
                            {candidate.articles.length
                              ? ` · ${candidate.articles.map((n) => t('caseCollections:labels.articleN', { n })).join(t('common.listSeparator'))}`
                              : ''}
                            {candidate.demonstration && candidate.demonstrationReason ? (
                              <Typography.Paragraph
                                type="secondary"
                                ellipsis={{ rows: 1, tooltip: candidate.demonstrationReason }}
                                style={{ marginBottom: 0 }}
                                data-testid="candidate-demonstration-reason"
                              >
                                {t('caseCollections:labels.demonstrationReason')}：
                                {candidate.demonstrationReason}
                              </Typography.Paragraph>
                            ) : null}
                            {others.length ? (
                              <div>
                                <Typography.Text type="warning">
                                  {t('caseCollections:builder.inDrafts', {
                                    titles: others
                                      .map((other) => other.title)
                                      .join(t('common.listSeparator')),
                                  })}
                                </Typography.Text>
                              </div>
                            ) : null}
                          </>
                        }
                      />
                    </List.Item>
                  );
                }}
              />
            )}
          </Card>
        ) : null}
      </Space>
      <NewEditionModal
        open={correcting}
        onClose={() => setCorrecting(false)}
        correctsId={record.id}
        title={t('caseCollections:builder.correctTitle')}
        hint={t('caseCollections:builder.correctHint')}
      />
    </PageContainer>
  );
}
