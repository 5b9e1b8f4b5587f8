import { Module } from '@nestjs/common';
import { PolicyQaController } from './policy-qa.controller';
import { PolicyQaRepository } from './policy-qa.repository';
import { PolicyQaService } from './policy-qa.service';
import { PublicPolicyQaController } from './public-policy-qa.controller';

/** 政策问答: the city bureau's entries, their versions and publication, and the public page's API. */
@Module({
  controllers: [PolicyQaController, PublicPolicyQaController],
  providers: [PolicyQaService, PolicyQaRepository],
  exports: [PolicyQaService],
})
export class PolicyQaModule {}
