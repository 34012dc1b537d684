/** The part of @doyensec/electronegativity's programmatic API (dist/runner.js) this project uses; it ships no types. */
declare module '@doyensec/electronegativity' {
  type Level = { value: number; name: 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL' | 'CERTAIN' | 'FIRM' | 'TENTATIVE' };

  export type ElectronegativityOptions = {
    input: string;
    output?: string;
    isSarif?: boolean;
    isRelative?: boolean;
    /** Check class names, lower- or camel-case (e.g. `AvailableSecurityFixesGlobalCheck`). */
    excludeFromScan?: string[];
    electronVersionOverride?: string;
    parserPlugins?: string[];
  };

  export type ElectronegativityIssue = {
    file: string;
    sample?: string;
    location: { line: number; column: number };
    id: string;
    description: string;
    severity: Level;
    confidence: Level;
    manualReview: boolean;
    shortenedURL: string;
  };

  export type ElectronegativityResult = {
    globalChecks: number;
    atomicChecks: number;
    errors: { file: string; message: string; tolerable: boolean }[];
    issues: ElectronegativityIssue[];
  };

  export default function run(options: ElectronegativityOptions): Promise<ElectronegativityResult>;
}
