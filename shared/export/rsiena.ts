/**
 * Survey waves as an RSiena-ready folder: one adjacency matrix per wave over everyone in any
 * wave (the same rows and columns in every wave), the attributes, and an R script that builds
 * the `sienaDataCreate` object from them.
 * - 1: A names B; 0: no tie; the diagonal 0.
 * - NA: the row of someone who did not answer that wave (their own ties are unknown, not absent).
 * - 10 (RSiena's structural zero): a person not in the team at that wave — their row and column.
 * Ties with weights are written as 1 (RSiena models ties that are there or not).
 * With names hidden, people.csv holds the aliases and no roster ids.
 */
import type { AnalysisResult } from '../pipeline/run-analysis';
import { arcKey } from '../network/pair-key';
import type { ExportNaming } from './network-formats';
import { toCsv, type CsvOptions } from './csv';

/** Plain comma-separated UTF-8 for R's read.csv. */
const R_CSV: CsvOptions = { delimiter: ',', decimalComma: false, bom: false };

export interface ExportFile {
  name: string;
  text: string;
}

/** RSiena's code for a tie that cannot exist (the person is not in the team then). */
export const STRUCTURAL_ZERO = 10;

export function rsienaFiles(waves: readonly AnalysisResult[], naming: ExportNaming): ExportFile[] {
  // Everyone in any wave, in the order they first appear.
  const order: string[] = [];
  const seen = new Set<string>();
  for (const w of waves)
    for (const n of w.analysis.nodes)
      if (!seen.has(n.id)) {
        seen.add(n.id);
        order.push(n.id);
      }
  const latest = new Map<string, AnalysisResult['analysis']['nodes'][number]>();
  for (const w of waves) for (const n of w.analysis.nodes) latest.set(n.id, n);
  // Each wave's people by id, built once (the matrices and people.csv both read them).
  const byWave = waves.map((w) => new Map(w.analysis.nodes.map((n) => [n.id, n])));
  const files: ExportFile[] = waves.map((w, k) => {
    const present = byWave[k] as Map<string, (typeof w.analysis.nodes)[number]>;
    const ties = new Set(w.network.ties.filter((t) => t.weight > 0).map((t) => arcKey(t.source, t.target)));
    const rows = order.map((a) =>
      order
        .map((b) => {
          if (a === b) return '0';
          const from = present.get(a);
          if (!from || !present.has(b)) return String(STRUCTURAL_ZERO);
          if (!from.responded) return 'NA';
          return ties.has(arcKey(a, b)) ? '1' : '0';
        })
        .join(' '),
    );
    return { name: `wave${k + 1}.txt`, text: rows.join('\n') + '\n' };
  });
  const groups = [...new Set(order.map((id) => latest.get(id)?.group ?? null).filter((g): g is string => g !== null))];
  const code = (id: string): string => {
    const g = latest.get(id)?.group ?? null;
    return g === null ? 'NA' : String(groups.indexOf(g) + 1);
  };
  files.push({ name: 'group.txt', text: order.map(code).join('\n') + '\n' });
  files.push({ name: 'group-codes.csv', text: toCsv([['code', 'group'], ...groups.map((g, i) => [i + 1, g])], R_CSV) });
  const header = ['row', ...(naming.anonymised ? [] : ['id']), 'label', 'group', 'role', ...waves.map((_, k) => `responded_wave${k + 1}`)];
  const people = order.map((id, i) => {
    const n = latest.get(id);
    const answered = byWave.map((wave) => {
      const p = wave.get(id);
      return p ? (p.responded ? '1' : '0') : 'NA';
    });
    return [i + 1, ...(naming.anonymised ? [] : [id]), naming.nameOf(id), n?.group ?? '', naming.roleOf(id) ?? '', ...answered];
  });
  files.push({ name: 'people.csv', text: toCsv([header, ...people], R_CSV) });
  files.push({ name: 'talkmap-rsiena.R', text: rScript(waves.length) });
  return files;
}

function rScript(count: number): string {
  const names = Array.from({ length: count }, (_, k) => `"wave${k + 1}.txt"`).join(', ');
  return [
    '# Written by Talkmap: the survey waves as RSiena data.',
    '# 1 = names, 0 = does not name, NA = did not answer that wave, 10 = not in the team then (structural zero).',
    '# Run in this folder: Rscript talkmap-rsiena.R',
    `waves <- lapply(c(${names}), function(f) as.matrix(read.table(f, na.strings = "NA")))`,
    'n <- nrow(waves[[1]])',
    'group <- scan("group.txt", na.strings = "NA", quiet = TRUE)',
    'people <- read.csv("people.csv")',
    'if (length(waves) < 2) {',
    '  message("RSiena needs two or more waves; this folder has one. Export again with --edges (or --survey) once per wave.")',
    '} else {',
    '  if (!requireNamespace("RSiena", quietly = TRUE)) stop("RSiena is not installed: install.packages(\\"RSiena\\") (or apt-get install r-cran-rsiena), then run this again.")',
    '  library(RSiena)',
    '  talk <- sienaDependent(array(unlist(waves), dim = c(n, n, length(waves))))',
    '  data <- sienaDataCreate(talk, group = coCovar(group))',
    '  print(data)',
    '}',
    '',
  ].join('\n');
}
