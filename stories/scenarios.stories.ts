import { SCENARIOS } from './configurations.js';
import { renderGallery } from './gallery.js';
import { story, type Args, type Meta } from './story-helpers.js';

const meta: Meta<Args> = {
  title: 'Scenarios',
  parameters: {
    docs: {
      description: {
        component:
          'Every built-in scenario on a figure it plays on, with the controls, in English and French. Step with the arrows or play; captions are read by screen readers. The Gallery lists them all on one page, generated from the built-in registry.',
      },
    },
  },
};
export default meta;

/** Every built-in scenario on one page (BUILTIN_SCENARIO_IDS): its title, its figure, playable. */
const gallery = (lang: 'en' | 'fr') => ({
  name: `Gallery (${lang})`,
  args: { lang },
  argTypes: { lang: { control: 'inline-radio', options: ['en', 'fr'], description: 'Language of the titles, captions and controls' } },
  render: (args: Args) => renderGallery(args.lang === 'fr' ? 'fr' : 'en'),
  parameters: { docs: { description: { story: 'Each built-in scenario with its title and the markup of the figure it plays on; a scenario added to the registry appears here by itself.' } } },
});
export const GalleryEn = gallery('en');
export const GalleryFr = gallery('fr');

export const KubectlApplyEn = { ...story(SCENARIOS, 'kubectl-apply (en)'), name: 'kubectl-apply (en)' };
export const KubectlApplyFr = { ...story(SCENARIOS, 'kubectl-apply (fr)'), name: 'kubectl-apply (fr)' };
export const SelfHealingEn = { ...story(SCENARIOS, 'self-healing (en)'), name: 'self-healing (en)' };
export const SelfHealingFr = { ...story(SCENARIOS, 'self-healing (fr)'), name: 'self-healing (fr)' };
export const ScaleEn = { ...story(SCENARIOS, 'scale (en)'), name: 'scale (en)' };
export const ScaleFr = { ...story(SCENARIOS, 'scale (fr)'), name: 'scale (fr)' };
export const NodeFailureEn = { ...story(SCENARIOS, 'node-failure (en)'), name: 'node-failure (en)' };
export const NodeFailureFr = { ...story(SCENARIOS, 'node-failure (fr)'), name: 'node-failure (fr)' };
export const HaFailoverEn = { ...story(SCENARIOS, 'ha-failover (en)'), name: 'ha-failover (en)' };
export const HaFailoverFr = { ...story(SCENARIOS, 'ha-failover (fr)'), name: 'ha-failover (fr)' };
export const ServiceTrafficEn = { ...story(SCENARIOS, 'service-traffic (en)'), name: 'service-traffic (en)' };
export const ServiceTrafficFr = { ...story(SCENARIOS, 'service-traffic (fr)'), name: 'service-traffic (fr)' };
export const DockerRunEn = { ...story(SCENARIOS, 'docker-run (en)'), name: 'docker-run (en)' };
export const DockerRunFr = { ...story(SCENARIOS, 'docker-run (fr)'), name: 'docker-run (fr)' };
export const CrictlRunEn = { ...story(SCENARIOS, 'crictl-run (en)'), name: 'crictl-run (en)' };
export const CrictlRunFr = { ...story(SCENARIOS, 'crictl-run (fr)'), name: 'crictl-run (fr)' };
export const NerdctlRunEn = { ...story(SCENARIOS, 'nerdctl-run (en)'), name: 'nerdctl-run (en)' };
export const NerdctlRunFr = { ...story(SCENARIOS, 'nerdctl-run (fr)'), name: 'nerdctl-run (fr)' };
export const EtcdQuorumLossEn = { ...story(SCENARIOS, 'etcd-quorum-loss (en)'), name: 'etcd-quorum-loss (en)' };
export const EtcdQuorumLossFr = { ...story(SCENARIOS, 'etcd-quorum-loss (fr)'), name: 'etcd-quorum-loss (fr)' };
export const DnsLookupEn = { ...story(SCENARIOS, 'dns-lookup (en)'), name: 'dns-lookup (en)' };
export const DnsLookupFr = { ...story(SCENARIOS, 'dns-lookup (fr)'), name: 'dns-lookup (fr)' };
export const AutoscaleEn = { ...story(SCENARIOS, 'autoscale (en)'), name: 'autoscale (en)' };
export const AutoscaleFr = { ...story(SCENARIOS, 'autoscale (fr)'), name: 'autoscale (fr)' };
export const DrainEn = { ...story(SCENARIOS, 'drain (en)'), name: 'drain (en)' };
export const DrainFr = { ...story(SCENARIOS, 'drain (fr)'), name: 'drain (fr)' };
export const NodeJoinEn = { ...story(SCENARIOS, 'node-join (en)'), name: 'node-join (en)' };
export const NodeJoinFr = { ...story(SCENARIOS, 'node-join (fr)'), name: 'node-join (fr)' };
export const RollingUpdateEn = { ...story(SCENARIOS, 'rolling-update (en)'), name: 'rolling-update (en)' };
export const RollingUpdateFr = { ...story(SCENARIOS, 'rolling-update (fr)'), name: 'rolling-update (fr)' };
export const ScaleDownEn = { ...story(SCENARIOS, 'scale-down (en)'), name: 'scale-down (en)' };
export const ScaleDownFr = { ...story(SCENARIOS, 'scale-down (fr)'), name: 'scale-down (fr)' };
export const KubectlExecEn = { ...story(SCENARIOS, 'kubectl-exec (en)'), name: 'kubectl-exec (en)' };
export const KubectlExecFr = { ...story(SCENARIOS, 'kubectl-exec (fr)'), name: 'kubectl-exec (fr)' };
export const ProbesEn = { ...story(SCENARIOS, 'probes (en)'), name: 'probes (en)' };
export const ProbesFr = { ...story(SCENARIOS, 'probes (fr)'), name: 'probes (fr)' };
export const LoadBalancerServiceEn = { ...story(SCENARIOS, 'load-balancer-service (en)'), name: 'load-balancer-service (en)' };
export const LoadBalancerServiceFr = { ...story(SCENARIOS, 'load-balancer-service (fr)'), name: 'load-balancer-service (fr)' };
