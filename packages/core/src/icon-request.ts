import { parseCount } from './attributes.js';
import { ICON_NAMES, resolveIconName, suggestIconNames, type IconName } from './catalog.js';
import { diagramError, type DiagramError } from './errors.js';

/** Icon sizes allowed by `<k8s-icon size>`, in px. */
export const ICON_SIZE = { min: 8, max: 512, default: 24 } as const;

export interface IconRequest {
  /** The icon, when `name` names one (or an alias of one). */
  icon?: IconName;
  /** The size in px (the default while `size` is not valid). */
  pixels: number;
  errors: DiagramError[];
}

/**
 * `<k8s-icon name size>` read as the element reads them, with the same errors: the element
 * and the renderer in Node share it.
 */
export function iconRequest(name: string | null, size: string | null): IconRequest {
  const errors: DiagramError[] = [];
  const raw = name ?? '';
  const icon = resolveIconName(raw);
  if (!icon) {
    const near = suggestIconNames(raw);
    const hint = near.length ? { en: ` Did you mean ${near.join(', ')}?`, fr: ` Vouliez-vous dire ${near.join(', ')} ?` } : { en: '', fr: '' };
    errors.push(
      diagramError('unknown-icon', 'name', {
        en: `name="${raw}" is not an icon of k8s-diagrams.${hint.en} Icons: ${ICON_NAMES.join(', ')}, and aliases such as kube-apiserver, scheduler, kube-proxy.`,
        fr: `name="${raw}" n'est pas une icône de k8s-diagrams.${hint.fr} Icônes : ${ICON_NAMES.join(', ')}, et des alias comme kube-apiserver, scheduler, kube-proxy.`,
      }),
    );
  }
  const parsed = parseCount('size', size, ICON_SIZE.min, ICON_SIZE.max, ICON_SIZE.default);
  if (parsed.error) errors.push(parsed.error);
  return { ...(icon ? { icon } : {}), pixels: parsed.error ? ICON_SIZE.default : parsed.value, errors };
}
