/** The pay-plans feature as other features see it. */
export { PilotPayPlans } from './plan-pilot-section';
