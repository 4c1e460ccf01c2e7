import {
  Bell,
  DataAnalysis,
  DataBoard,
  Delete,
  Document,
  EditPen,
  Files,
  FolderAdd,
  FolderOpened,
  List,
  OfficeBuilding,
  Timer,
  Trophy,
  User,
  WarningFilled,
} from '@element-plus/icons-vue';
import en from 'element-plus/es/locale/lang/en';
import zhCn from 'element-plus/es/locale/lang/zh-cn';
import 'element-plus/dist/index.css';
import type { App } from 'vue';
import type { Locale } from '@/locales/index.ts';

// Only the icons the screens use, registered as <IconName> (menus name them as strings).
const ICONS = {
  Bell,
  DataAnalysis,
  DataBoard,
  Delete,
  Document,
  EditPen,
  Files,
  FolderAdd,
  FolderOpened,
  List,
  OfficeBuilding,
  Timer,
  Trophy,
  User,
  WarningFilled,
};

/**
 * The one place Element Plus is wired in: the stylesheet, icons and locale packs. Components and the
 * v-loading directive are imported on demand by the build (vite.config.ts).
 */
export function installElementPlus(app: App): void {
  for (const [name, comp] of Object.entries(ICONS)) app.component(`Icon${name}`, comp);
}

export const elementLocales = { 'zh-CN': zhCn, 'en-US': en } satisfies Record<Locale, unknown>;
