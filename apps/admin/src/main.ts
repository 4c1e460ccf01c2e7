import { createPinia } from 'pinia';
import { createApp } from 'vue';
import { installElementPlus } from '@/adapter/element-plus.ts';
import { i18n } from '@/locales/index.ts';
import { router } from '@/router/index.ts';
import App from './App.vue';
import './styles/global.css';

const app = createApp(App);
app.use(createPinia());
app.use(i18n);
app.use(router);
installElementPlus(app);
app.mount('#app');
