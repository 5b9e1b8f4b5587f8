import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type CalculatorKind } from '@skillpay/domain';
import { unwrap } from '../../app/api/api-error';
import { api } from '../../app/api/client';
import { type RequestBody, type ResponseBody } from '../../app/api/types';
import { saveDownload } from '../../ui/download';

export type PayPlanDetail = ResponseBody<'/api/pay-plans/{id}', 'get'>;
type CreatePlanBody = RequestBody<'/api/pay-plans', 'post'>;
/** Any calculator's input as the API takes it (libs/paycalc's generated schemas). */
export type PayPlanInput = CreatePlanBody['input'];
/** A calculator with its own input: the bodies are discriminated by `calculator`. */
export type CalculatorCall = {
  [K in CalculatorKind]: Pick<Extract<CreatePlanBody, { calculator: K }>, 'calculator' | 'input'>;
}[CalculatorKind];

// TODO(pay-plans typing): the toolbar still passes the calculator and its input apart; once the pages
// hand over a CalculatorCall, this pairing needs no assertion.
const callOf = (calculator: CalculatorKind, input: PayPlanInput) => ({ calculator, input }) as CalculatorCall;
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
  calculator: CalculatorKind;
  input: PayPlanInput;
  title: string;
  /** a new plan: the pilot application it belongs to */
  pilotApplicationId?: string;
  /** a new version of this plan */
  planId?: string;
  note?: string;
}

/** Saves a calculator's input as a new plan, or as the next version of one. */
export function useSavePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ calculator, input, title, pilotApplicationId, planId, note }: SavePlanInput) =>
      planId
        ? unwrap(
            api.POST('/api/pay-plans/{id}/versions', {
              params: { path: { id: planId } },
              body: { title, input, ...(note ? { note } : {}) },
            }),
          )
        : unwrap(
            api.POST('/api/pay-plans', {
              body: { ...callOf(calculator, input), pilotApplicationId: pilotApplicationId ?? '', title },
            }),
          ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: payPlanKeys.all }),
  });
}

/** The calculator's result as an xlsx (the server runs libs/paycalc on the same input). */
export async function exportCalculation(calculator: CalculatorKind, input: PayPlanInput, title?: string) {
  const result = await api.POST('/api/pay-tools/export.xlsx', {
    body: { ...callOf(calculator, input), ...(title ? { title } : {}) },
    parseAs: 'blob',
  });
  saveDownload(result, `${calculator}.xlsx`);
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
