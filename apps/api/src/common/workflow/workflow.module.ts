import { Global, Module } from '@nestjs/common';
import { WorkflowTransitions } from './workflow-transitions.service';
import { WorkflowTransitionsRepository } from './workflow-transitions.repository';

/** Global: every workflow feature moves its objects through WorkflowTransitions. */
@Global()
@Module({
  providers: [WorkflowTransitions, WorkflowTransitionsRepository],
  exports: [WorkflowTransitions],
})
export class WorkflowModule {}
