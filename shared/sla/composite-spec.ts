import type { AvailabilityNode } from './composite-availability';
import { parseAvailabilityTarget } from './parse-sla-input';
import { UserError } from '../user-error';

/**
 * A compact text form of a composite, shared by the page and the CLI:
 *   lb:99.99 * (api:99.9 | api:99.9) * 2of3(etcd:99.9)
 * `*` chains in series, `|` is redundancy (binds tighter than `*`), `KofN(…)` is a quorum of N
 * copies needing K up, `Nx(…)` is N redundant copies (1ofN), parentheses group. A component is
 * `name:percent` or just a percent. A text it cannot read is refused with a `UserError` naming the
 * character (1-based) where reading stopped.
 */
export function parseCompositeSpec(spec: string): AvailabilityNode {
  let position = 0;
  let componentCount = 0;

  const skipSpaces = () => {
    while (/\s/u.test(spec[position] ?? '')) position++;
  };
  const expect = (char: string) => {
    skipSpaces();
    if (spec[position] !== char) throw new UserError('invalid-request', 'sla.composite.expected', { char, position: position + 1, spec });
    position++;
  };
  const readMatch = (pattern: RegExp): RegExpExecArray | null => {
    skipSpaces();
    const match = new RegExp(pattern.source, 'y' + pattern.flags);
    match.lastIndex = position;
    const found = match.exec(spec);
    if (found) position += found[0].length;
    return found;
  };

  const group = (kind: 'serial' | 'parallel', children: AvailabilityNode[]): AvailabilityNode =>
    children.length === 1 && children[0] ? children[0] : { kind, children };

  function serial(): AvailabilityNode {
    const children = [parallel()];
    while (readMatch(/\*/u)) children.push(parallel());
    return group('serial', children);
  }

  function parallel(): AvailabilityNode {
    const children = [factor()];
    while (readMatch(/\|/u)) children.push(factor());
    return group('parallel', children);
  }

  function factor(): AvailabilityNode {
    const quorum = readMatch(/(\d+)\s*of\s*(\d+)\s*\(/u);
    if (quorum) {
      const unit = serial();
      expect(')');
      const required = Number(quorum[1]);
      const count = Number(quorum[2]);
      if (required < 1 || count < required) {
        throw new UserError('invalid-request', 'sla.composite.quorum', { required, count, position: position + 1, spec });
      }
      return { kind: 'k-of-n', required, count, unit };
    }
    const copies = readMatch(/(\d+)\s*x\s*\(/u);
    if (copies) {
      const unit = serial();
      expect(')');
      const count = Number(copies[1]);
      if (count < 1) throw new UserError('invalid-request', 'sla.composite.noCopies', { position: position + 1, spec });
      return { kind: 'k-of-n', required: 1, count, unit };
    }
    if (readMatch(/\(/u)) {
      const inner = serial();
      expect(')');
      return inner;
    }
    const component = readMatch(/(?:([\p{L}_][\p{L}\p{N}_.-]*)\s*:\s*)?(\d+(?:[.,]\d+)?\s*[%％]?)/u);
    if (!component) throw new UserError('invalid-request', 'sla.composite.component', { position: position + 1, spec });
    componentCount++;
    const value = component[2] ?? '';
    // The same reading of a percentage as the `sla` command's: "99,9" is 99.9.
    const parsed = parseAvailabilityTarget(value);
    if (!parsed.ok && parsed.problem === 'above-100') throw new UserError('invalid-request', 'sla.composite.above100', { value, position: position + 1, spec });
    if (!parsed.ok) throw new UserError('invalid-request', 'sla.composite.notPercentage', { value, position: position + 1, spec });
    return { kind: 'component', name: component[1] ?? `#${componentCount}`, availabilityPercent: parsed.value };
  }

  const tree = serial();
  skipSpaces();
  if (position < spec.length) throw new UserError('invalid-request', 'sla.composite.unexpected', { char: spec[position] ?? '', position: position + 1, spec });
  return tree;
}
