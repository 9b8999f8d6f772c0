// A compact term/value list; rows whose value is missing are left out rather than shown empty.
import type { ReactNode } from 'react';

export type Fact = [term: string, value: ReactNode | null | undefined];

export function Facts({ facts }: { facts: readonly Fact[] }) {
  return (
    <dl className="facts">
      {facts
        .filter(([, value]) => value !== null && value !== undefined && value !== '')
        .map(([term, value]) => (
          <div key={term} className="fact">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
