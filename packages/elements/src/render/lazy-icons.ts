// The icons of kinds no default figure draws, fetched on demand (see icons.ts).
import type { SVGTemplateResult } from 'lit';
import { clientIcon } from '@k8s-diagrams/icons/icons/client';
import { cloudLoadBalancerIcon } from '@k8s-diagrams/icons/icons/cloud-load-balancer';
import { corednsIcon } from '@k8s-diagrams/icons/icons/coredns';
import { kernelRulesIcon } from '@k8s-diagrams/icons/icons/kernel-rules';
import { logFilesIcon } from '@k8s-diagrams/icons/icons/log-files';
import { metricsServerIcon } from '@k8s-diagrams/icons/icons/metrics-server';
import { serviceIcon } from '@k8s-diagrams/icons/icons/service';
import { streamingServerIcon } from '@k8s-diagrams/icons/icons/streaming-server';
import type { LazyIconName } from './icons.js';

export const LAZY_ICON_TEMPLATES: Readonly<Record<LazyIconName, SVGTemplateResult>> = {
  client: clientIcon,
  'cloud-load-balancer': cloudLoadBalancerIcon,
  coredns: corednsIcon,
  'kernel-rules': kernelRulesIcon,
  'log-files': logFilesIcon,
  'metrics-server': metricsServerIcon,
  service: serviceIcon,
  'streaming-server': streamingServerIcon,
};
