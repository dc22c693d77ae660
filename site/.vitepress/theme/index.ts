import type { Theme } from 'vitepress';
import DefaultTheme from 'vitepress/theme';
// Defines every element from the workspace's @k8s-diagrams/elements (its dist/, as from npm).
// The define modules do nothing on the server, so VitePress's SSR pass imports them safely.
import '@k8s-diagrams/elements/all';
import ApiTable from './components/ApiTable.vue';
import ElementSummary from './components/ElementSummary.vue';
import LiveEditor from './components/LiveEditor.vue';
import ScenarioGallery from './components/ScenarioGallery.vue';
import TokenPlayground from './components/TokenPlayground.vue';
import './custom.css';

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('ApiTable', ApiTable);
    app.component('ElementSummary', ElementSummary);
    app.component('LiveEditor', LiveEditor);
    app.component('ScenarioGallery', ScenarioGallery);
    app.component('TokenPlayground', TokenPlayground);
  },
} satisfies Theme;
