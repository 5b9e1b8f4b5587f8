import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type CalculatorKind } from '@skillpay/domain';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { type RequestBody, type ResponseBody } from '../../app/api/types';
import { saveDownload } from '../../ui/download';

export type PayPlanDetail = ResponseBody<'/api/pay-plans/{id}', 'get'>;
/** A saved plan of one calculator: its version's input and result are that calculator's (libs/paycalc's types). */
export type PayPlanOf<K extends CalculatorKind> = Extract<PayPlanDetail, { calculator: K }>;
type CreatePlanBody = RequestBody<'/api/pay-plans', 'post'>;
/** A calculator with its own input, as the API takes it: the bodies are discriminated by `calculator`. */
export type CalculatorCall = {
  [K in CalculatorKind]: Pick<Extract<CreatePlanBody, { calculator: K }>, 'calculator' | 'input'>;
}[CalculatorKind];

/** Whether a saved plan is one of `calculator`'s (its input then fills that calculator's form). */
export function isPlanOf<K extends CalculatorKind>(plan: PayPlanDetail, calculator: K): plan is PayPlanOf<K> {
  return plan.calculator === calculator;
}
export type Market = ResponseBody<'/api/pay-tools/market', 'get'>;
export type MarketLevel = Market['levels'][number];

export const payPlanKeys = {
  all: ['pay-plans'] as const,
  detail: (id: string) => ['pay-plans', 'detail', id] as const,
  approvedPilots: ['pay-plans', 'approved-pilots'] as const,
  market: (occupation: string, regionCode: string) =>
    ['pay-tools', 'market', occupation, regionCode] as const,
};

/** A saved plan with its latest version, to revise it in its calculator. */
export function usePayPlan(id: string | null) {
  return useQuery({
    queryKey: payPlanKeys.detail(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/pay-plans/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: Boolean(id),
  });
}

/** The enterprise's approved pilot applications: a plan is saved against one of them. */
export function useApprovedPilots(enabled: boolean) {
  return useQuery({
    queryKey: payPlanKeys.approvedPilots,
    // read through the API, not the pilots feature: pilots shows the plans of an application (no cycle)
    queryFn: () =>
      unwrap(
        api.GET('/api/pilot-applications', { params: { query: { status: 'approved', pageSize: 100 } } }),
      ),
    enabled,
  });
}

export interface SavePlanInput {
  /** the calculator and its input */
  call: CalculatorCall;
  title: string;
  /** a new plan: the pilot application it belongs to */
  pilotApplicationId?: string;
  /** a new version of this plan (of the same calculator) */
  planId?: string;
  note?: string;
}

/** Saves a calculator's input as a new plan, or as the next version of one. */
export function useSavePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ call, title, pilotApplicationId, planId, note }: SavePlanInput) =>
      planId
        ? unwrap(
            api.POST('/api/pay-plans/{id}/versions', {
              params: { path: { id: planId } },
              body: { title, input: call.input, ...(note ? { note } : {}) },
            }),
          )
        : unwrap(
            api.POST('/api/pay-plans', {
              body: { ...call, pilotApplicationId: pilotApplicationId ?? '', title },
            }),
          ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: payPlanKeys.all }),
  });
}

/** The calculator's result as an xlsx (the server runs libs/paycalc on the same input). */
export async function exportCalculation(call: CalculatorCall, title?: string) {
  const result = await api.POST('/api/pay-tools/export.xlsx', {
    body: { ...call, ...(title ? { title } : {}) },
    parseAs: 'blob',
  });
  saveDownload(result, `${call.calculator}.xlsx`);
}

/** The latest published P25 / P50 / P75 of an occupation per skill level (art. 22). */
export function useMarket(occupation: string | undefined, regionCode: string | undefined) {
  return useQuery({
    queryKey: payPlanKeys.market(occupation ?? '', regionCode ?? ''),
    queryFn: () =>
      unwrap(
        api.GET('/api/pay-tools/market', {
          params: { query: { occupation: occupation ?? '', ...(regionCode ? { regionCode } : {}) } },
        }),
      ),
    enabled: Boolean(occupation),
    placeholderData: keepPreviousData,
  });
}
