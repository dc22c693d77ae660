import '@k8s-diagrams/elements/all';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
