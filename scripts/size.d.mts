export const DIST: string;
export const ENTRY: string;
export const BUDGETS: { entry: number; motion: number };
export interface SizeRow {
  files: string[];
  raw: number;
  gzip: number;
}
export function staticClosure(file: string, seen?: Set<string>): Set<string>;
export function dynamicChunks(files: Iterable<string>): Set<string>;
export function measure(): { entry: SizeRow; onDemand: SizeRow; motion: SizeRow; scenarioLayouts: SizeRow; worker: SizeRow };
