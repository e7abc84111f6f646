import { createApp } from 'vue';
import 'fosc-widgets/elements/article-card';
import 'fosc-widgets/elements/search-box';
import App from './App.vue';

createApp(App).mount('#app');
