import * as domain from '@skillpay/domain';
import { ALL_AUDIT_ACTION_LABELS, AUDITED_WORKFLOWS, type AnyWorkflow } from '@skillpay/domain';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = join(__dirname, '..', '..');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    // migrations and role set-up are SQL, whose `schema.name` literals are no action codes
    if (entry.isDirectory()) return path.endsWith(join('database', 'migrations')) ? [] : sourceFiles(path);
    if (path.endsWith(join('database', 'roles.ts'))) return [];
    return entry.name.endsWith('.ts') && !/\.(integration-)?spec\.ts$/.test(entry.name) ? [path] : [];
  });
}

/**
 * Every action code the API's sources write: the literals on the lines that name an `action`
 * (`action: 'user.create'`, `existing ? 'occupation.restore' : 'occupation.create'`, a helper's
 * `'user.disable'`), read from the code rather than listed by hand. The compiler checks the same
 * through AuditService's `AuditAction` type; this catches a code that reached it through a cast.
 */
function writtenActionCodes(): string[] {
  const codes = new Set<string>();
  for (const file of sourceFiles(SOURCES)) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, index) => {
      // the line itself or the call it continues (`this.change(caller, id, 'user.disable', …)`)
      const context = lines.slice(Math.max(0, index - 3), index + 1).join('\n');
      if (!/action|this\.change\(|audit/i.test(context)) return;
      for (const [, code] of line.matchAll(/'([a-z][a-z_-]+(?:\.[a-z_-]+)+)'/g)) codes.add(code);
    });
  }
  return [...codes].sort();
}

describe('audit action labels', () => {
  const codes = writtenActionCodes();

  it('finds the codes in the sources', () => {
    expect(codes).toEqual(expect.arrayContaining(['auth.login', 'user.create', 'wage-upload.store']));
  });

  it.each(codes)('%s has a label in zh-CN and en', (code) => {
    expect(ALL_AUDIT_ACTION_LABELS[code]?.['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    expect(ALL_AUDIT_ACTION_LABELS[code]?.en).toBeTruthy();
  });

  it('labels every workflow the domain declares (its steps are audited as <workflow>.<action>)', () => {
    const workflows = (Object.values(domain) as unknown[]).filter(
      (value): value is AnyWorkflow =>
        typeof value === 'object' &&
        value !== null &&
        'actions' in value &&
        'states' in value &&
        'name' in value,
    );
    expect(workflows.length).toBeGreaterThanOrEqual(3);
    expect(AUDITED_WORKFLOWS.map((workflow) => workflow.name).sort()).toEqual(
      workflows.map((workflow) => workflow.name).sort(),
    );
  });
});
