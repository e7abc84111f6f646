import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Vue must leave our tags to the browser (the README's npm section).
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('fosc-') } } })],
});
