/** The pay-plans feature as other features see it. */
export { PilotPayPlans } from './saved-plans/plan-pilot-section';
