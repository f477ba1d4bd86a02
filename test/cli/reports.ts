import { fileURLToPath } from 'node:url';
import { run } from '../../server/src/cli/main.js';

/**
 * The CLI's reports as it writes them, for the tests that read its standard output: the JSON report of
 * docs/cli-json.md and the part of SARIF 2.1.0 the tests look at (the tests assert the shape; these types
 * only say what they expect to find), and the CLI run in-process as those tests run it.
 */
interface Position {
  line: number;
  character: number;
}

export interface JsonReport {
  version: number;
  files: {
    path: string;
    tender: boolean;
    error?: { code: string; message: string };
    findings: { rule: string; citation: string; severity: string; message: string; range: { start: Position; end: Position }; fix: boolean }[];
  }[];
  summary: { files: number; tenderFiles: number; errors: number; warnings: number; information: number };
}

interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
}

export interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { rules: { id: string }[] } };
    results: { level: string; properties: { citation: string }; locations: SarifLocation[] }[];
    invocations: {
      executionSuccessful: boolean;
      toolExecutionNotifications: { level: string; descriptor: { id: string }; message: { text: string }; locations?: SarifLocation[] }[];
    }[];
  }[];
}

export const jsonReport = (stdout: string) => JSON.parse(stdout) as JsonReport;
export const sarifLog = (stdout: string) => JSON.parse(stdout) as SarifLog;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the CLI in-process, from the repository's root (paths are shown relative to it). */
export function lintFromRoot(...args: string[]): { code: number; stdout: string; stderr: string } {
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    let stdout = '';
    let stderr = '';
    const code = run(
      args,
      (text) => (stdout += text),
      (text) => (stderr += text),
    );
    return { code, stdout, stderr };
  } finally {
    process.chdir(cwd);
  }
}
