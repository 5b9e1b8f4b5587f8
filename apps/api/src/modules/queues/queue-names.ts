import { QueueName } from '@skillpay/domain';

export const QUEUE_NAMES = Object.values(QueueName);
