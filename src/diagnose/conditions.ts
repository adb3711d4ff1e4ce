// Checks a catalog condition (`when`) against a finding's surrounding text and the failure context.
import type { CompiledCondition } from './catalog.js';
import type { FailureContext } from './context.js';

export function conditionHolds(condition: CompiledCondition, text: string, context: FailureContext): boolean {
  if (condition.operations && !(context.operation && condition.operations.includes(context.operation)))
    return false;
  if (condition.os && context.os !== condition.os) return false;
  if (condition.message && !condition.message.some((regex) => regex.test(text))) return false;
  return true;
}
