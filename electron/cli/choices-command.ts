import { readFile } from 'node:fs/promises';
import type { TFunction } from 'i18next';
import type { RequirementCheck } from '../../shared/choices/decision/constrained-ranking';
import type { DecisionEntry, DecisionInput, DecisionOutcome } from '../../shared/choices/decision/decision-registration';
import { emptyDecisionInput, factText } from '../../shared/choices/decision/decision-registration';
import { type DecisionId, type TradeoffData, anyDecision, decisionIds } from '../../shared/choices/decision-registry';
import { describeFactSource } from '../../shared/choices/choice-plan-document';
import type { Language } from '../../shared/ipc/contract';
import { failure } from '../../shared/ipc/result';
import { UserError } from '../../shared/user-error';
import type { DocumentTranslate } from '../../shared/plan/document-model';
import { resolveWeights } from '../../shared/choices/weighted-ranking';
import { readFailed } from '../core/json-file-store';
import type { CallContract, ReportFailure } from './contract-call';
import type { CliIo } from './run-cli';

type ChoicesCommandContext = {
  values: Record<string, unknown> & { json: boolean };
  language: Language;
  call: CallContract;
  io: CliIo;
  t: TFunction;
  report: ReportFailure;
};

const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)]);
const commaSeparated = (values: string[]) => values.flatMap((value) => value.split(',')).map((item) => item.trim()).filter((item) => item !== '');

/** `choices` alone: one line per registered decision, with its options. */
function usage(t: TFunction): string {
  const choices = t as unknown as DocumentTranslate;
  return decisionIds
    .map((id) => {
      const registration = anyDecision(id);
      return `  choices ${registration.command} ${registration.cli.usage} [--json]\n      ${choices(`choices:tabs.${id}`)}`;
    })
    .join('\n');
}

/**
 * Reads the command line into the decision's input over the data's defaults: --weight and --require
 * for every decision, then the registration's own options in the order it declares them. Returns a
 * message for the user where an option is wrong.
 */
async function readInput(
  id: DecisionId,
  data: TradeoffData[DecisionId],
  values: ChoicesCommandContext['values'],
  t: TFunction,
): Promise<DecisionInput | string | UserError> {
  const registration = anyDecision(id);
  const weights: Record<string, number> = {};
  for (const pair of commaSeparated(listOf(values.weight))) {
    const [criterionId, value] = pair.split('=', 2);
    if (!criterionId || value === undefined || value.trim() === '') return t('invalidOption', { name: '--weight', value: pair, allowed: 'CRITERION=0-5' });
    weights[criterionId] = Number(value);
  }
  // Options apply to what the user said; the data's defaults fill in the rest afterwards, so an option
  // can tell a setting the user gave (an earlier --need) from a default.
  let input: DecisionInput = { ...emptyDecisionInput, weights };
  for (const [name, option] of Object.entries(registration.cli.options)) {
    for (const value of listOf(values[name])) {
      let argument: unknown = value;
      if (option.kind === 'json-file') {
        try {
          argument = JSON.parse(await readFile(value, 'utf8')) as unknown;
        } catch (error) {
          return error instanceof SyntaxError ? t('choicesBadJson', { file: value, reason: error.message }) : readFailed(value, error);
        }
      }
      const applied = option.apply(argument, data, input);
      if ('problem' in applied) return t(applied.problem.key, applied.problem.params);
      input = applied;
    }
  }
  input = { ...input, settings: { ...registration.defaultSettings(data), ...input.settings } };
  const aliases = registration.cli.requirementAliases ?? {};
  const requirements: Record<string, boolean> = { ...input.requirements };
  for (const requested of commaSeparated(listOf(values.require))) {
    const requirementId = aliases[requested] ?? requested;
    const known = registration.requirementIds(data, input);
    if (!known.includes(requirementId)) {
      const allowed = [...known, ...Object.keys(aliases).filter((alias) => known.includes(aliases[alias]!))];
      return t('invalidOption', { name: '--require', value: requested, allowed: allowed.length > 0 ? allowed.join('|') : t('choicesNoRequirements') });
    }
    requirements[requirementId] = true;
  }
  return { ...input, requirements };
}

function entryName(entry: DecisionEntry, t: TFunction): string {
  return 'text' in entry.name ? entry.name.text : t(`choices:${entry.name.key}`);
}

/**
 * `choices <decision> …`: the same data call as the Choices page (`getTradeoffData`, through the
 * contract's `dispatch`) and the same registration's ranking, printed as a table or as JSON.
 */
export async function runChoicesCommand(args: string[], context: ChoicesCommandContext): Promise<number> {
  const { values, language, call, io, t, report } = context;
  const [command] = args;
  const id = decisionIds.find((candidate) => anyDecision(candidate).command === command);
  if (id === undefined) {
    if (command !== undefined) io.stderr(`${t('unknownCommand', { command: `choices ${command}` })}\n`);
    io.stderr(`${usage(t)}\n`);
    return 2;
  }
  const tradeoffData = await call('getTradeoffData', {});
  if (tradeoffData === undefined) return 1;
  const data = tradeoffData[id];
  const registration = anyDecision(id);
  const input = await readInput(id, data, values, t);
  if (input instanceof UserError) {
    report(failure(input));
    return 1;
  }
  if (typeof input === 'string') {
    io.stderr(`${input}\n`);
    return 2;
  }
  const choices = ((key: string, options?: Record<string, unknown>) => t(`choices:${key}`, options)) as DocumentTranslate;
  const outcome: DecisionOutcome = registration.rank(data, input);
  const ignored = outcome.ignored.map((line) => line(choices));
  if (!outcome.ok) {
    const problem =
      outcome.problem.code === 'invalid-weight'
        ? choices('problems.invalid-weight', { criterion: outcome.problem.criterionId, value: String(outcome.problem.value) })
        : choices(`problems.${outcome.problem.code}`);
    if (values.json) io.stdout(`${JSON.stringify({ decision: id, ok: false, problem: outcome.problem, message: problem, ignored }, null, 2)}\n`);
    else io.stderr(`${[...ignored, problem].join('\n')}\n`);
    return 1;
  }

  const describe = (check: RequirementCheck) => registration.describeRequirement(data, input, check.requirementId, choices);
  const checkJson = (check: RequirementCheck) => ({
    requirementId: check.requirementId,
    requirement: describe(check),
    fact: check.fact === null ? null : factText(check.fact, choices, language),
    rating: check.rating,
    sources: check.sources,
  });
  if (values.json) {
    const ranking = outcome.ranking.map((entry, index) => ({
      rank: index + 1,
      optionId: entry.optionId,
      name: entryName(entry, t),
      score: entry.score,
      standing: entry.standing,
      unmet: entry.checks.filter((check) => check.verdict === 'fails').map(checkJson),
      unknown: entry.checks.filter((check) => check.verdict === 'unknown').map(checkJson),
      warnings: entry.warnings,
    }));
    const effective = { ...input, weights: resolveWeights(registration.criteria(data), input.weights).weights };
    io.stdout(`${JSON.stringify({ decision: id, ok: true, input: effective, notes: outcome.notes.map((line) => line(choices, language)), ignored, ranking }, null, 2)}\n`);
    return 0;
  }

  const lines = [...ignored, ...outcome.notes.map((line) => line(choices, language)), t('choicesColumns')];
  let failingHeaded = false;
  outcome.ranking.forEach((entry, index) => {
    if (entry.standing === 'fails' && !failingHeaded) {
      lines.push(`${choices('standing.failingHeading')}${t('choicesColon')}`);
      failingHeaded = true;
    }
    const standing = entry.standing === 'unknown' ? choices('standing.unconfirmedBadge') : '';
    lines.push([String(index + 1), entryName(entry, t), String(Math.round(entry.score)), standing].join('\t'));
    for (const check of entry.checks.filter((candidate) => candidate.verdict !== 'meets')) {
      const heading = choices(check.verdict === 'fails' ? 'standing.fails' : 'standing.unknown');
      const fact = check.fact === null ? '' : ` — ${factText(check.fact, choices, language)}`;
      lines.push(`    ${choices('standing.line', { heading, requirement: describe(check) })}${fact}`);
      for (const source of check.sources) lines.push(`      ${describeFactSource(source, choices, language)}`);
    }
  });
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
