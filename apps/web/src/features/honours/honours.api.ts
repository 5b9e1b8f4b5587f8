import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { ifMatch } from '../../app/api/concurrency';
import { type RequestBody, type ResponseBody } from '../../app/api/types';

export type Honour = ResponseBody<'/api/honours/{id}', 'get'>;
export type HonourCreateInput = RequestBody<'/api/honours', 'post'>;
export type HonourUpdateInput = RequestBody<'/api/honours/{id}', 'patch'>;

const KEY = ['honours'] as const;

export function useHonours() {
  return useQuery({ queryKey: KEY, queryFn: () => unwrap(api.GET('/api/honours')) });
}

export function useSaveHonour() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ honour, input }: { honour?: Honour; input: HonourCreateInput | HonourUpdateInput }) =>
      honour
        ? unwrap(
            api.PATCH('/api/honours/{id}', {
              params: { path: { id: honour.id }, header: ifMatch(honour.id, honour.version) },
              body: input as HonourUpdateInput,
            }),
          )
        : unwrap(api.POST('/api/honours', { body: input as HonourCreateInput })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useDeleteHonour() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (honour: Honour) =>
      unwrap(
        api.DELETE('/api/honours/{id}', {
          params: { path: { id: honour.id }, header: ifMatch(honour.id, honour.version) },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
