import { Module } from '@nestjs/common';
import { PayPlansController, PayToolsController } from './pay-plans.controller';
import { PayPlansRepository } from './pay-plans.repository';
import { PayPlansService } from './pay-plans.service';

/** 薪酬设计方案 and the toolkit's server side: saved, versioned calculator results, xlsx export, market figures. */
@Module({
  controllers: [PayPlansController, PayToolsController],
  providers: [PayPlansService, PayPlansRepository],
})
export class PayPlansModule {}
