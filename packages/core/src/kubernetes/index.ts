export { SNAPSHOT_DETAIL, type KubernetesWarning } from './problems.js';
export { parseKubernetesText, parseKubernetesTextWith, looksLikeJson } from './text.js';
export { parseRuntime, versionAtLeast, type RuntimeInfo } from './runtime.js';
export { modelFromKubernetes, type SnapshotOptions, type KubernetesModel, type SnapshotNode, type ControlPlaneSource } from './snapshot.js';
export { readAuditLog, parseTimestamp, type AuditRequest, type AuditLog } from './audit-log.js';
export { scenarioFromAudit, noiseKind, requestText, clockText, type AuditScenario, type AuditScenarioOptions, type AuditNoiseFilters } from './audit-scenario.js';
