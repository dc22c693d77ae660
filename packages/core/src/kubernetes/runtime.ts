import type { ComponentKind } from '../kinds.js';

/** A node's container runtime, read from `status.nodeInfo.containerRuntimeVersion`. */
export interface RuntimeInfo {
  /** containerd, cri-o, cri-dockerd (Docker Engine through cri-dockerd), or cri when unknown. */
  kind: Extract<ComponentKind, 'containerd' | 'cri-o' | 'cri-dockerd' | 'cri'>;
  /** `1.7.22`, or undefined when not given. */
  version?: string;
  /** What the node said, as it said it. */
  raw: string;
  /** The OCI runtime it runs containers with by default. */
  oci: Extract<ComponentKind, 'runc' | 'crun'>;
}

/** `1.31.2` ≥ `1.31`? (numeric parts; a missing part counts as 0) */
export function versionAtLeast(version: string | undefined, minimum: string): boolean {
  if (!version) return false;
  const a = version.replace(/^v/, '').split(/[.+-]/).map((p) => Number.parseInt(p, 10));
  const b = minimum.split('.').map(Number);
  for (let i = 0; i < b.length; i++) {
    const x = Number.isNaN(a[i]!) || a[i] === undefined ? 0 : a[i]!;
    if (x !== b[i]) return x > b[i]!;
  }
  return true;
}

/**
 * `containerd://1.7.22` → containerd 1.7.22; `cri-o://1.31.1` → CRI-O (crun from 1.31, runc
 * before); `docker://24.0.7` → Docker Engine behind cri-dockerd; anything else → a CRI
 * runtime labelled as the node says.
 */
export function parseRuntime(raw: string | undefined): RuntimeInfo {
  const text = (raw ?? '').trim();
  const match = /^([a-z0-9.-]+):\/\/(.*)$/i.exec(text);
  const scheme = match?.[1]?.toLowerCase() ?? '';
  const version = match?.[2]?.trim() || undefined;
  const base = { raw: text, ...(version ? { version } : {}) };
  if (scheme === 'containerd') return { kind: 'containerd', oci: 'runc', ...base };
  if (scheme === 'cri-o' || scheme === 'crio') return { kind: 'cri-o', oci: versionAtLeast(version, '1.31') ? 'crun' : 'runc', ...base };
  if (scheme === 'docker') return { kind: 'cri-dockerd', oci: 'runc', ...base };
  return { kind: 'cri', oci: 'runc', ...base };
}
