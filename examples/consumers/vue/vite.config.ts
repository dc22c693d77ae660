import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Our tags are custom elements, not Vue components.
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('k8s-') || tag === 'container-stack' } } })],
});
