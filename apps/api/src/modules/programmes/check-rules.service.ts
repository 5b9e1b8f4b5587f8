import { Injectable } from '@nestjs/common';
import {
  checkRuleProblems,
  type CheckRuleProblem,
  type CheckRuleSet,
  normaliseCheckRules,
} from '@skillpay/paycalc';
import { type Caller } from '../../common/auth/caller';
import { AppException, type FieldProblem } from '../../common/errors/app.exception';
import { type Precondition } from '../../common/http/concurrency';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { type CheckRuleSetDto, type ProgrammeCheckRulesDto, toCheckRulesDto } from './check-rules.dto';
import './check-rules.messages';
import { ProgrammeFinder } from './programme-finder.service';
import { ProgrammeException } from './programme.exception';
import { ProgrammesRepository } from './programmes.repository';

const PROBLEM_CODES = {
  required: (field) => ({ field, code: 'validation.isDefined' }),
  'not-a-boolean': (field) => ({ field, code: 'validation.isBoolean' }),
  'not-a-percent': (field) => ProgrammeException.fieldProblem(field, 'check_rule_not_a_percent', { field }),
  'unknown-basis': (field) => ProgrammeException.fieldProblem(field, 'check_rule_unknown_basis'),
  'text-required': (field) => ProgrammeException.fieldProblem(field, 'check_rule_text_required', { field }),
  'too-long': (field) => ProgrammeException.fieldProblem(field, 'check_rule_too_long', { field }),
} satisfies Record<CheckRuleProblem['code'], (field: string) => FieldProblem>;

/**
 * A programme's compliance checks (合规检查规则): which apply to its progress reports, their
 * thresholds and the basis each cites. A programme setting like its quotas and cadence: the city
 * bureau running it edits them on the programme's page (If-Match on the programme's version,
 * audited as `programme.check-rules`); reports are checked against them when saved.
 */
@Injectable()
export class CheckRulesService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: ProgrammesRepository,
    private readonly finder: ProgrammeFinder,
    private readonly audit: AuditService,
  ) {}

  async get(caller: Caller, id: string): Promise<ProgrammeCheckRulesDto> {
    const programme = await this.finder.findOrFail(caller, id, 'read');
    return toCheckRulesDto(programme, await this.finder.isOwner(caller, programme));
  }

  async update(
    caller: Caller,
    id: string,
    dto: CheckRuleSetDto,
    precondition?: Precondition,
  ): Promise<ProgrammeCheckRulesDto> {
    // the DTO checks the shape; libs/paycalc the percentages and which text may back which rule
    const problems = checkRuleProblems(dto).map((problem) =>
      PROBLEM_CODES[problem.code](problem.field || 'rules'),
    );
    if (problems.length > 0) throw AppException.validation(problems);
    const rules = normaliseCheckRules(dto as CheckRuleSet);
    return this.unitOfWork.run(async (tx) => {
      const existing = await this.finder.lockForEdit(caller, id, precondition, tx);
      if (JSON.stringify(existing.checkRules) !== JSON.stringify(rules)) {
        await this.repository.setCheckRules(id, rules, tx);
        await this.audit.record(
          {
            action: 'programme.check-rules',
            entityType: 'programme',
            entityId: id,
            before: { checkRules: existing.checkRules },
            after: { checkRules: rules },
          },
          tx,
        );
      }
      const programme = (await this.repository.findInScope({ kind: 'all' }, id, tx))!;
      return toCheckRulesDto(programme, await this.finder.isOwner(caller, programme, tx));
    });
  }
}
