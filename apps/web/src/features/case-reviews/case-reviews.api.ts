import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { ifMatch } from '../../app/api/concurrency';
import { type RequestBody, type ResponseBody } from '../../app/api/types';

export type MyAssignment = ResponseBody<'/api/my-reviews', 'get'>['items'][number];
export type CaseReviews = ResponseBody<'/api/cases/{id}/reviews', 'get'>;
export type CaseReview = CaseReviews['reviews'][number];
export type MyReview = NonNullable<CaseReviews['mine']>;
export type Criterion = CaseReviews['criteria'][number];
export type ReviewedCase = CaseReviews['case'];
export type ReviewUpdate = RequestBody<'/api/cases/{id}/reviews/mine', 'put'>;
export type CaseAssignments = ResponseBody<'/api/cases/{id}/assignments', 'get'>;
export type Assignment = CaseAssignments['items'][number];
export type Candidate = CaseAssignments['candidates'][number];
export type AssignInput = RequestBody<'/api/cases/{id}/assignments', 'post'>;
export type DecisionInput = RequestBody<'/api/cases/{id}/decision', 'post'>;
export type ConflictLink = ResponseBody<'/api/conflict-links', 'get'>['items'][number];
export type ConflictLinkInput = RequestBody<'/api/conflict-links', 'post'>;
export type Reviewer = ResponseBody<'/api/case-reviewers', 'get'>['items'][number];
export type CaseRubric = ResponseBody<'/api/case-rubrics/{programmeId}', 'get'>;
export type RubricInput = RequestBody<'/api/case-rubrics/{programmeId}', 'put'>;

export const caseReviewKeys = {
  all: ['case-reviews'] as const,
  mine: (show: 'open' | 'all') => ['case-reviews', 'mine', show] as const,
  reviews: (caseId: string) => ['case-reviews', 'reviews', caseId] as const,
  assignments: (caseId: string) => ['case-reviews', 'assignments', caseId] as const,
  links: ['case-reviews', 'conflict-links'] as const,
  reviewers: ['case-reviews', 'reviewers'] as const,
  rubric: (programmeId: string) => ['case-reviews', 'rubric', programmeId] as const,
};

export function useMyAssignments(show: 'open' | 'all') {
  return useQuery({
    queryKey: caseReviewKeys.mine(show),
    queryFn: () => unwrap(api.GET('/api/my-reviews', { params: { query: { show } } })),
    placeholderData: keepPreviousData,
  });
}

export function useCaseReviews(caseId: string | undefined) {
  return useQuery({
    queryKey: caseReviewKeys.reviews(caseId ?? ''),
    queryFn: () => unwrap(api.GET('/api/cases/{id}/reviews', { params: { path: { id: caseId ?? '' } } })),
    enabled: Boolean(caseId),
  });
}

/** Saves the reviewer's scores; `review` is the review as opened (its version goes as If-Match). */
export function useSaveReview(caseId: string, review: { id: string; version: number } | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReviewUpdate) =>
      unwrap(
        api.PUT('/api/cases/{id}/reviews/mine', {
          params: { path: { id: caseId }, header: review ? ifMatch(review.id, review.version) : {} },
          body: input,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseReviewKeys.all }),
  });
}

export function useSubmitReview(caseId: string, review: { id: string; version: number } | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/cases/{id}/reviews/mine/submit', {
          params: { path: { id: caseId }, header: review ? ifMatch(review.id, review.version) : {} },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseReviewKeys.all }),
  });
}

export function useDeclareConflict(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      unwrap(
        api.POST('/api/cases/{id}/reviews/mine/declare-conflict', {
          params: { path: { id: caseId } },
          body: { reason },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseReviewKeys.all }),
  });
}

export function useCaseAssignments(caseId: string | undefined) {
  return useQuery({
    queryKey: caseReviewKeys.assignments(caseId ?? ''),
    queryFn: () => unwrap(api.GET('/api/cases/{id}/assignments', { params: { path: { id: caseId ?? '' } } })),
    enabled: Boolean(caseId),
  });
}

export function useAssignReviewers(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AssignInput) =>
      unwrap(api.POST('/api/cases/{id}/assignments', { params: { path: { id: caseId } }, body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseReviewKeys.all }),
  });
}

export function useWithdrawAssignment(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ assignmentId, reason }: { assignmentId: string; reason: string }) =>
      unwrap(
        api.POST('/api/cases/{id}/assignments/{assignmentId}/withdraw', {
          params: { path: { id: caseId, assignmentId } },
          body: { reason },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseReviewKeys.all }),
  });
}

export function useDecideCase(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DecisionInput) =>
      unwrap(api.POST('/api/cases/{id}/decision', { params: { path: { id: caseId } }, body: input })),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

export function useConflictLinks() {
  return useQuery({
    queryKey: caseReviewKeys.links,
    queryFn: () => unwrap(api.GET('/api/conflict-links', { params: { query: {} } })),
  });
}

export function useReviewers() {
  return useQuery({
    queryKey: caseReviewKeys.reviewers,
    queryFn: () => unwrap(api.GET('/api/case-reviewers')),
    staleTime: 60_000,
  });
}

export function useCreateConflictLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ConflictLinkInput) => unwrap(api.POST('/api/conflict-links', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseReviewKeys.all }),
  });
}

export function useRemoveConflictLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/conflict-links/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseReviewKeys.all }),
  });
}

/** Enterprises of the caller's area whose names contain `q` (for the register's enterprise field). */
export function useEnterpriseSearch(q: string) {
  return useQuery({
    queryKey: ['case-reviews', 'enterprise-search', q],
    queryFn: () =>
      unwrap(
        api.GET('/api/enterprises', { params: { query: { q: q || undefined, page: 1, pageSize: 20 } } }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCaseRubric(programmeId: string | undefined) {
  return useQuery({
    queryKey: caseReviewKeys.rubric(programmeId ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/case-rubrics/{programmeId}', { params: { path: { programmeId: programmeId ?? '' } } }),
      ),
    enabled: Boolean(programmeId),
  });
}

export function useSaveRubric(programmeId: string, version: number | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RubricInput) =>
      unwrap(
        api.PUT('/api/case-rubrics/{programmeId}', {
          params: { path: { programmeId }, header: version ? ifMatch(programmeId, version) : {} },
          body: input,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseReviewKeys.rubric(programmeId) }),
  });
}
