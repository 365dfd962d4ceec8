/** The IPC channels between the window and the main process. */
export const API_CHANNEL = 'banmian:api';
export const MENU_CHANNEL = 'banmian:menu';
/** The renderer is served from this origin (a privileged custom scheme, not file://). */
export const APP_ORIGIN = 'app://banmian';
